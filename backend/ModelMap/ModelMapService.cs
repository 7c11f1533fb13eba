// The Model Map's computations over one spec: the spec with its layout (the `summarize` CLI command
// and the `spec/summarize` RPC method) and Selection Details (the `explain` command, `selection/explain`).
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.ModelMap.Layout;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.ModelMap;

public sealed class ModelMapService(SpecService specs)
{
    public async Task<SpecSummary> SummarizeAsync(string path, string? text, CancellationToken cancellationToken) =>
        Summarize(await specs.ReadAsync(path, text, cancellationToken));

    /// <summary>The spec as the extension draws it: what the parser read, and the Model Map's layout of its models.</summary>
    public static SpecSummary Summarize(ParsedSpec spec) => spec.WithLayout(MapLayoutBuilder.Build(spec.Models));

    public async Task<SelectionExplanation> ExplainSelectionAsync(
        string path, string? text, string? snapshot, IReadOnlyList<string> modelIds, CancellationToken cancellationToken)
    {
        var summary = await specs.ResolveAsync(path, text, snapshot, cancellationToken);
        // A held snapshot needs no read that could notice a cancel; a superseded selection must not cost the explaining.
        cancellationToken.ThrowIfCancellationRequested();
        return SelectionExplainer.Explain(summary, modelIds);
    }
}
