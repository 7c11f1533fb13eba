// What the top-level "metrics" and "operations" arrays declare, as the model reader needs it.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>Declared metrics and operations, plus which names models may use without a warning.</summary>
/// <param name="MetricNames">Declared metric names; null when the spec has no usable "metrics" array.</param>
/// <param name="MetricsMissing">True when the spec has no "metrics" key at all (a wrong-typed one was reported already).</param>
/// <param name="OperationNames">Declared operation names; null when there is no usable "operations" array, which upstream specs may omit.</param>
internal sealed record SpecDeclarations(
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<OperationDefinition> Operations,
    IReadOnlySet<string>? MetricNames,
    bool MetricsMissing,
    IReadOnlySet<string>? OperationNames);
