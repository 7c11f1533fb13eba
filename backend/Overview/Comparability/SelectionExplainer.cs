// PLACEHOLDER on the overview-base branch only: replaced by the comparability helper's implementation.
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Overview.Comparability;

public static class SelectionExplainer
{
    public static SelectionExplanation Explain(SpecSummary summary, IReadOnlyList<string> modelIds) =>
        throw new NotImplementedException("selection/explain lands with the comparability work");
}
