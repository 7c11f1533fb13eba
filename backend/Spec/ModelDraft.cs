// A model between reading and provenance checking.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// A model as read, before its base link is checked. BaseHead is where the "base" value is (meaningful whenever
/// Model.Base is set), so unknown-base and cycle diagnostics can point at it; the node itself is reused (JsonNodePool).
/// Parent is the index of the base's draft when the base was read before this model, else -1 (none, or not yet known).
/// </summary>
internal readonly record struct ModelDraft(ModelSummary Model, (int Start, int End) BaseHead, int Parent = -1);
