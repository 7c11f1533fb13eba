// What `check` asks: a spec, the base and the candidate model, the thresholds as written, and whether to measure.
namespace CompressCompare.Backend.Gates;

/// <param name="Thresholds">Each threshold's kind and its "METRIC=VALUE" text, in command-line order.</param>
/// <param name="Measure">Measure the models on the spec's dataset instead of reading their metrics from the spec.</param>
public sealed record GateRequest(string SpecPath, string BaseId, string ModelId, IReadOnlyList<(GateKind Kind, string Text)> Thresholds, bool Measure);
