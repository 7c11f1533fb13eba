// `bench overview --models N [--seed S] [--write FILE]`: times parse, Model Map layout and Selection Details, and
// a `selection/explain` request on the drawn snapshot against one that re-reads the spec, and the memory a
// `spec/summarize` of the spec takes against the file's size.
using System.CommandLine;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchOverviewCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _models = CliSymbols.Text("--models", "N", "models in the synthetic spec", required: true);
    readonly Option<string> _seed = CliSymbols.Text("--seed", "S", "random seed (default 1)");
    readonly Option<string> _write = CliSymbols.Text("--write", "FILE", "keep the synthetic spec in FILE (default: a temporary file, removed)");

    public override string Name => "bench overview";
    public override string Description => "time parse, Model Map layout and Selection Details on a synthetic spec of N models, and explain on a snapshot vs re-reading the spec";
    public override string Prints => "{models, parseMs, layoutMs, totalMs, totalOverGoal, firstRunMs, jsonParseMs, parseVsJsonParse, summarizePeakMegabytes, summarizePeakOverFile, explainSnapshotMs, explainRereadMs, rereadOverSnapshot, …}";
    public override IReadOnlyList<Symbol> Symbols => [_models, _seed, _write];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var models = CliOptions.Int(parse, _models, 0);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench overview --models 10000" });
        var write = parse.GetValue(_write) is { } file ? Path.GetFullPath(file) : null;
        return RunAsync(models, CliOptions.Int(parse, _seed, 1), write, cancellationToken);
    }

    async Task<int> RunAsync(int models, int seed, string? write, CancellationToken cancellationToken)
    {
        // The explain requests read the spec from disk: without --write it goes to a temporary file.
        var spec = write ?? Path.Combine(Path.GetTempPath(), $"cc-bench-{Guid.NewGuid():N}.models.json");
        try
        {
            var result = OverviewBenchmark.Run(models, seed, spec);
            var peak = await SummarizePeakBenchmark.RunAsync(spec, cancellationToken);
            var explain = await SnapshotExplainBenchmark.RunAsync(spec, cancellationToken);
            output.Write(result with
            {
                SummarizePeakMegabytes = Math.Round(peak.PeakBytes / 1e6, 1),
                SummarizePeakOverFile = peak.OverFile,
                SummarizeHeldMegabytes = Math.Round(peak.HeldBytes / 1e6, 1),
                SummarizeMs = peak.SummarizeMs,
                ExplainSnapshotMs = explain.SnapshotMs,
                ExplainRereadMs = explain.RereadMs,
                RereadOverSnapshot = Math.Round(explain.RereadMs / Math.Max(explain.SnapshotMs, 0.001), 1),
            });
            return CliRunner.ExitOk;
        }
        finally
        {
            if (write is null) File.Delete(spec);
        }
    }
}
