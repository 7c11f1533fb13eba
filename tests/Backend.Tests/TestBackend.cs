// The backend's composition root as tests use it: the services Program.cs registers (BackendServices), logging
// nowhere, with a test's own parts (stdout, model outputs) put in where the process would put its own.
using CompressCompare.Backend;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Rpc;
using Microsoft.Extensions.DependencyInjection;

namespace Backend.Tests;

internal static class TestBackend
{
    public static ServiceProvider Services(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddLogging().AddBackendServices();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <param name="outputs">Where behaviour requests get model outputs; null for the evaluation engine.</param>
    public static BackendRpcTarget RpcTarget(IModelOutputSource? outputs = null) => Services(services =>
    {
        if (outputs is not null) services.AddSingleton(outputs);
    }).GetRequiredService<BackendRpcTarget>();

    /// <param name="outputs">Where `compare` gets model outputs; null for the evaluation engine.</param>
    public static CliRunner Cli(TextWriter stdout, IModelOutputSource? outputs = null) => Services(services =>
    {
        services.AddCli(_ => stdout);
        if (outputs is not null) services.AddSingleton(outputs);
    }).GetRequiredService<CliRunner>();
}
