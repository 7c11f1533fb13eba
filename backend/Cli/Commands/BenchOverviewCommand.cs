// `bench overview --models N [--seed S] [--write FILE]`: times parse, Model Map layout and Selection Details, and
// a `selection/explain` request on the drawn snapshot against one that re-reads the spec, and the memory a
// `spec/summarize` of the spec takes against the file's size.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchOverviewCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench overview";
    public string Usage => "bench overview --models N [--seed S] [--write FILE]   time parse, Model Map layout and Selection Details on a synthetic spec of N models, and explain on a snapshot vs re-reading the spec";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--models", "--seed", "--write"], out var options) || !options.ContainsKey("--models")) return null;
        var models = CliOptions.Int(options, "--models", 0);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench overview --models 10000" });
        var write = options.TryGetValue("--write", out var file) ? Path.GetFullPath(file) : null;
        return RunAsync(models, CliOptions.Int(options, "--seed", 1), write, cancellationToken);
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
