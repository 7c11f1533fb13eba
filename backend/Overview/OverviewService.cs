// The overview's computations over one spec (Selection Details): the one code path of the `explain`
// CLI command and the `selection/explain` RPC method.
using CompressCompare.Backend.Overview.Comparability;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Overview;

public sealed class OverviewService(SpecService specs)
{
    public async Task<SelectionExplanation> ExplainSelectionAsync(
        string path, string? text, IReadOnlyList<string> modelIds, CancellationToken cancellationToken)
    {
        var summary = await specs.SummarizeAsync(path, text, cancellationToken);
        return SelectionExplainer.Explain(summary, modelIds);
    }
}
