// The Behaviors section's data: the comparison against the base when every model's outputs are at hand (precomputed
// in the spec, or in the output cache), else a note with the command that gets them. A report never runs models
// unasked: evaluation can take minutes, and the report should state what it used. Evaluate (--evaluate) runs them.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Reports;

public sealed class ReportBehaviors(BehaviorService behaviors)
{
    const int MaxExemplars = 6;

    /// <param name="commands">Where the commands whose results the section used are added.</param>
    public async Task<BehaviorSummary> SummarizeAsync(ParsedSpec spec, string specArgument, string baseId, IReadOnlyList<string> modelIds,
        bool evaluate, List<string> commands, CancellationToken cancellationToken)
    {
        var compared = modelIds.Where(id => id != baseId).ToList();
        var models = string.Join(',', compared);
        var compare = $"compare {ReportText.ShellWord(specArgument)} --base {ReportText.ShellWord(baseId)} --models {ReportText.ShellWord(models)}";
        if (spec.Dataset is null) return new() { Note = "The spec names no dataset, so there is no behaviour comparison to report." };
        if (compared.Count == 0) return new() { Note = "Only the base is selected: select other models to compare their behaviour with it." };
        if (!WorkspacePolicy.Current.Trusted) return new() { Note = "Behaviors are not compared in Restricted Mode; trust the workspace and export again." };
        var missing = evaluate ? [] : modelIds.Prepend(baseId).Distinct().Where(id => !HasOutputs(spec, id)).ToList();
        if (missing.Count > 0)
            return new()
            {
                Note = $"No cached outputs for {string.Join(", ", missing)}, so this report has no behaviour comparison. "
                    + $"Run `evaluate {ReportText.ShellWord(specArgument)} --models {ReportText.ShellWord(string.Join(',', missing))}`, then `{compare}`, "
                    + "and write the report again (or pass --evaluate to the report).",
            };
        try
        {
            var comparison = await behaviors.CompareAsync(spec.Path, spec.Snapshot, baseId, compared, NoProgress.Instance, cancellationToken);
            commands.Insert(0, compare);
            if (evaluate) commands.Insert(0, $"evaluate {ReportText.ShellWord(specArgument)} --models {ReportText.ShellWord(string.Join(',', modelIds.Prepend(baseId).Distinct()))}");
            var exemplars = new List<ExemplarView>();
            foreach (var exemplar in comparison.Exemplars.Take(MaxExemplars))
                exemplars.Add(await ViewAsync(spec, exemplar, cancellationToken));
            return new() { Comparison = comparison, Exemplars = exemplars };
        }
        catch (BackendException e)
        {
            return new() { Note = $"The behaviour comparison failed: {e.Message} {e.ErrorData.Hint}".Trim() };
        }
    }

    async Task<ExemplarView> ViewAsync(ParsedSpec spec, Protocol.Behaviors.Exemplar exemplar, CancellationToken cancellationToken)
    {
        try
        {
            var data = await behaviors.InstanceAsync(spec.Path, spec.Snapshot, exemplar.Instance, cancellationToken);
            var image = data is { Kind: InstanceKind.Image, Pixels: { } pixels, Shape: { Count: >= 2 } shape }
                ? PngImage.DataUri(Convert.FromBase64String(pixels), shape[0], shape[1], shape.Count > 2 ? shape[2] : 1) : null;
            return new(exemplar.Instance, exemplar.Label, exemplar.Flips, image, data.Text);
        }
        catch (Exception e) when (e is BackendException or ArgumentException)
        {
            // An instance that cannot be drawn still names itself; the table above holds the numbers.
            return new(exemplar.Instance, exemplar.Label, exemplar.Flips, null, null);
        }
    }

    /// <summary>Whether the model's outputs on the dataset are precomputed or cached: what a comparison can use without running it.</summary>
    static bool HasOutputs(ParsedSpec spec, string modelId)
    {
        var model = spec.Models.FirstOrDefault(m => m.Id == modelId);
        if (model is null) return false;
        if (model.Outputs is not null) return true;
        if (model.Artifact is null) return false;
        try
        {
            var artifact = WorkspacePolicy.Current.SpecFileToRead(spec.Path, model.Artifact, FileKind.Model);
            if (!File.Exists(artifact)) return false;
            var provider = artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) ? ExecutionProvider.Current : ExecutionProvider.Cpu;
            var key = ModelOutputResolver.CacheKeyOf(ContentHash.Of(artifact), ModelOutputResolver.OutputOf(spec, modelId), provider);
            return File.Exists(new OutputCache(spec.Path).FileFor(key, EvaluationDataset.Locate(spec).Hash));
        }
        catch (Exception e) when (e is BackendException or EvaluationException or IOException)
        {
            // A model whose outputs cannot be located cannot be compared either: the note names it.
            return false;
        }
    }
}
