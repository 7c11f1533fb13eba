// Host wiring only: the composition root. No arguments or --stdio: serve JSON-RPC on stdio. Otherwise: run one
// CLI command. Both take the capability services from the same container (BackendServices).
using CompressCompare.Backend;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Logging;
using CompressCompare.Backend.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var stdio = StdioStreams.CaptureAndRedirectConsole();
var serve = args.Length == 0 || args is ["--stdio"];

// The empty host: DI, logging and the console lifetime, without the default host's configuration sources and logging
// providers. We read no settings (args are ours, not configuration) and log only to stderr, yet the defaults
// loaded and ran appsettings*.json (with a reload watcher: an inotify watch on every folder under the working
// directory, about 130 ms of every start), environment variables, the Debug and EventSource loggers and metrics. Seven
// fewer assemblies load; start → first reply of the packaged backend fell from 682 to 580 ms (median of 20,
// interleaved, at a load average of 18–23 on 2 cores; bench/package.mjs measures the same path).
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Logging.AddProvider(new StderrLoggerProvider(Console.Error));
builder.Logging.SetMinimumLevel(Environment.GetEnvironmentVariable("COMPRESS_COMPARE_LOG") == "debug" ? LogLevel.Debug : LogLevel.Information);
builder.Logging.AddFilter("Microsoft.Hosting", serve ? LogLevel.Information : LogLevel.Warning);
builder.Services.AddSingleton(stdio);
builder.Services.AddBackendServices();
if (serve) builder.Services.AddHostedService<RpcServer>();
else builder.Services.AddCli(provider => new StreamWriter(provider.GetRequiredService<StdioStreams>().Output) { AutoFlush = false });

using var host = builder.Build();
if (serve)
{
    await host.RunAsync();
    return 0;
}

var cli = host.Services.GetRequiredService<CliRunner>();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await cli.RunAsync(args, cancel.Token);
