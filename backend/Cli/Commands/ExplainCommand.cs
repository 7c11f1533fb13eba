// `explain <spec.json> --models A,B,C`: Selection Details for those models (selection/explain).
using CompressCompare.Backend.ModelMap;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ExplainCommand(ModelMapService map, CliOutput output) : ICliCommand
{
    public string Name => "explain";
    public string Usage => "explain <spec.json> --models A,B,C   the variables that tell the selected models apart (Selection Details)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--models"], out var options) && options.TryGetValue("--models", out var models)
            ? RunAsync(args[0], models, cancellationToken) : null;

    async Task<int> RunAsync(string path, string models, CancellationToken cancellationToken)
    {
        output.Write(await map.ExplainSelectionAsync(Path.GetFullPath(path), null, null, CliOptions.Ids(models), cancellationToken));
        return CliRunner.ExitOk;
    }
}
