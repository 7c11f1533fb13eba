// Host wiring only: the composition root. No arguments or --stdio: serve JSON-RPC on stdio. Otherwise: run one
// CLI command. Both take the capability services from the same container (BackendServices).
using CompressCompare.Backend;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Rpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var stdio = StdioStreams.CaptureAndRedirectConsole();
var serve = args.Length == 0 || args is ["--stdio"];

// Args are ours, not configuration: keep the host from reading `--models a,b` as settings. No reload on change: the
// default host watches appsettings*.json under the working directory, on Linux with an inotify watch on every folder
// below it, which cost about 130 ms of every start (bench/package.mjs) for files we never read.
var configuration = new ConfigurationManager();
configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], Configuration = configuration });
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; });
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
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
