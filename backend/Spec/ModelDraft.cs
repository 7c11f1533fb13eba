// A model between reading and provenance checking.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// A model as read, before its base link is checked. BaseHead is where the "base" value is (meaningful whenever
/// Model.Base is set), so unknown-base and cycle diagnostics can point at it; the node itself is reused (JsonNodePool).
/// </summary>
internal readonly record struct ModelDraft(ModelSummary Model, (int Start, int End) BaseHead);
