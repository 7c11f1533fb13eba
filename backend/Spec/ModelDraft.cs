// A model between reading and provenance checking.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// A model as read, before its base link is checked. BaseNode is the "base" value (set whenever Model.Base is),
/// so unknown-base and cycle diagnostics can point at it.
/// </summary>
internal sealed record ModelDraft(ModelSummary Model, JsonNode? BaseNode);
