// Diagnose reads the base's and the compressed model's outputs from the evaluation's output cache and stores them there:
// a second diagnosis of the same sample, or one after `evaluate` (what the Behaviors panel runs) filled the cache, runs
// only the per-module evaluations, counted by the runner, and ranks the modules exactly as a cold diagnosis does.
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Diagnose;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Diagnose;

public sealed class DiagnoseCacheTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-diagnose-cache-").FullName;
    readonly SpecService _specs = new(NullLogger<SpecService>.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    Task<(DiagnoseResult Result, DiagnoseRunner Runner)> Diagnose(string spec) =>
        new DiagnoseService(_specs).RunAsync(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned" }, NoProgress.Instance, CancellationToken.None);

    string[] CacheFiles() => Directory.Exists(Path.Combine(_folder, OutputCache.FolderName))
        ? [.. Directory.GetFiles(Path.Combine(_folder, OutputCache.FolderName), "*.arrow")] : [];

    [Fact]
    public async Task A_second_diagnosis_reads_both_models_outputs_from_the_cache_and_runs_only_the_modules()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Int8);
        var (cold, coldRunner) = await Diagnose(spec);
        Assert.Equal(2 + 2, coldRunner.EvaluationSeconds.Count);
        Assert.Equal(2, CacheFiles().Length);

        var (warm, warmRunner) = await Diagnose(spec);
        Assert.Equal(2, warmRunner.EvaluationSeconds.Count);
        Assert.Equal(2, CacheFiles().Length);
        Assert.Equal((cold.BaseMetric, cold.ModelMetric), (warm.BaseMetric, warm.ModelMetric));
        Assert.Equal(cold.Modules.Select(m => (m.Module, m.Recovery)), warm.Modules.Select(m => (m.Module, m.Recovery)));
    }

    [Fact]
    public async Task After_evaluate_filled_the_cache_a_diagnosis_takes_its_sample_from_the_whole_dataset_outputs()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        var evaluated = await new EvaluationService(_specs).EvaluateAsync(spec, null, ["base", "pruned"], NoProgress.Instance, CancellationToken.None);
        Assert.All(evaluated.Models, m => Assert.Null(m.Error));
        var wholeDataset = CacheFiles();
        Assert.Equal(2, wholeDataset.Length);

        var (result, runner) = await Diagnose(spec);
        Assert.Equal(2, runner.EvaluationSeconds.Count);
        // Nothing new stored: the whole-dataset outputs already answer every sample.
        Assert.Equal(wholeDataset.Order(), CacheFiles().Order());
        Assert.Equal((1.0, 0.5), (result.BaseMetric, result.ModelMetric));
        Assert.Equal([("fc1", (double?)1.0), ("fc2", 0.0)], result.Modules.Select(m => (m.Module, m.Recovery)));
    }
}
