// The CLI's table of commands, in the order `Commands:` lists them. Each is a small class in Commands/ that
// parses its options and calls a capability service from the composition root (BackendServices).
using CompressCompare.Backend.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CompressCompare.Backend.Cli;

public static class CliCommands
{
    public static IServiceCollection AddCli(this IServiceCollection services, Func<IServiceProvider, TextWriter> stdout)
    {
        services.AddSingleton(provider => new CliOutput(stdout(provider)));
        services.AddSingleton<ICliCommand, SummarizeCommand>();
        services.AddSingleton<ICliCommand, ExplainCommand>();
        services.AddSingleton<ICliCommand, EvaluateCommand>();
        services.AddSingleton<ICliCommand, CompareCommand>();
        services.AddSingleton<ICliCommand, ProbeCommand>();
        services.AddSingleton<ICliCommand, DiagnoseCommand>();
        services.AddSingleton<ICliCommand, ContractCommand>();
        services.AddSingleton<ICliCommand, CompressCommand>();
        services.AddSingleton<ICliCommand, AddCommand>();
        services.AddSingleton<ICliCommand, DemoCommand>();
        services.AddSingleton<ICliCommand, TextDemoCommand>();
        services.AddSingleton<ICliCommand, BenchOverviewCommand>();
        services.AddSingleton<ICliCommand, BenchCompareCommand>();
        services.AddSingleton<ICliCommand, BenchProbeCommand>();
        services.AddSingleton<ICliCommand, BenchDiagnoseCommand>();
        services.AddSingleton<ICliCommand, FuzzCommand>();
        services.AddSingleton<ICliCommand, BenchFuzzCommand>();
        services.AddSingleton<ICliCommand, BenchEvaluateCommand>();
        services.AddSingleton<ICliCommand, BenchCompressCommand>();
        services.AddSingleton<ICliCommand, BenchAddCommand>();
        services.AddSingleton<CliRunner>();
        return services;
    }
}
