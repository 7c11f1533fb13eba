// The CLI's table of commands, in the order `Commands:` lists them. Each is a small class in Commands/ that
// declares its arguments and options (CliCommand) and calls a capability service from the composition root
// (BackendServices).
using CompressCompare.Backend.Cli.Commands;
using CompressCompare.Backend.Gates;
using Microsoft.Extensions.DependencyInjection;

namespace CompressCompare.Backend.Cli;

public static class CliCommands
{
    public static IServiceCollection AddCli(this IServiceCollection services, Func<IServiceProvider, TextWriter> stdout)
    {
        services.AddSingleton(provider => new CliOutput(stdout(provider)));
        // The CLI's own services: only `check` needs the gates.
        services.AddSingleton<GateService>();
        services.AddSingleton<CliCommand, SummarizeCommand>();
        services.AddSingleton<CliCommand, ExplainCommand>();
        services.AddSingleton<CliCommand, EvaluateCommand>();
        services.AddSingleton<CliCommand, CompareCommand>();
        services.AddSingleton<CliCommand, ProbeCommand>();
        services.AddSingleton<CliCommand, DiagnoseCommand>();
        services.AddSingleton<CliCommand, ContractCommand>();
        services.AddSingleton<CliCommand, CompressCommand>();
        services.AddSingleton<CliCommand, ReportCommand>();
        services.AddSingleton<CliCommand, AddCommand>();
        services.AddSingleton<CliCommand, ImportMlflowCommand>();
        services.AddSingleton<CliCommand, ImportDvcCommand>();
        services.AddSingleton<CliCommand, DemoCommand>();
        services.AddSingleton<CliCommand, TextDemoCommand>();
        services.AddSingleton<CliCommand, BenchOverviewCommand>();
        services.AddSingleton<CliCommand, BenchCompareCommand>();
        services.AddSingleton<CliCommand, BenchProbeCommand>();
        services.AddSingleton<CliCommand, BenchDiagnoseCommand>();
        services.AddSingleton<CliCommand, FuzzCommand>();
        services.AddSingleton<CliCommand, BenchFuzzCommand>();
        services.AddSingleton<CliCommand, BenchEvaluateCommand>();
        services.AddSingleton<CliCommand, BenchCompressCommand>();
        services.AddSingleton<CliCommand, BenchReportCommand>();
        services.AddSingleton<CliCommand, BenchAddCommand>();
        services.AddSingleton<CliCommand, CheckCommand>();
        services.AddSingleton<CliCommand, CompletionCommand>();
        services.AddSingleton<CliRunner>();
        return services;
    }
}
