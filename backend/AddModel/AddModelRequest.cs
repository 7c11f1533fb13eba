// What `add` (CLI) and `models/add` (RPC) ask for: one model file made elsewhere, to be appended to a spec under a new
// id, measured unless told not to. The artifact is named by the user (absolute or relative to where they stand).
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.AddModel;

/// <param name="Tags">Display labels, recorded as the model's one "tag" joined by ", " (the spec has a single label per model).</param>
/// <param name="Measure">False: append it unmeasured (every metric then listed as skipped).</param>
public sealed record AddModelRequest(string SpecPath, string ArtifactPath, string Id, string? Base = null, OperationApplication? Operation = null,
    IReadOnlyList<string>? Tags = null, bool Measure = true)
{
    /// <summary>Where "Adding m: measuring" goes: `$/progress` for the RPC, stderr for the CLI.</summary>
    public IWorkProgress Progress { get; init; } = NoProgress.Instance;
}
