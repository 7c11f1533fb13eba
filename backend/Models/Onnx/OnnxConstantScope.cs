// The constants a graph's nodes can see while OnnxDequantizer walks it: its own (initializers, Constant nodes, folded
// or deferred decodings) and, as in ONNX, its parents'. Shared with the quantized-weight decoders, which look up a
// node's codes, scales and zero points here.
namespace CompressCompare.Backend.Models.Onnx;

/// <summary>
/// A constant in scope: its value (decoded when first needed), its graph's path, the stored tensor it is unless folded,
/// and, for quantized codes decoded on demand (DequantizeLinear on stored codes), the weight that decodes them at read
/// time and the name it is reported under when the graph's name for it is a quantizer's ("W_DequantizeLinear_Output").
/// </summary>
internal sealed record OnnxConstantEntry(Lazy<OnnxFoldedTensor> Value, string Path, OnnxTensor? Stored, OnnxWeight? Deferred = null, string? ReportAs = null);

internal sealed class OnnxConstantScope(OnnxConstantScope? parent, string path)
{
    readonly Dictionary<string, OnnxConstantEntry> _values = [];
    public string Path { get; } = path;

    public void Add(string name, Func<OnnxFoldedTensor> value, OnnxTensor? stored = null) =>
        _values[name] = new OnnxConstantEntry(new Lazy<OnnxFoldedTensor>(value), Path, stored);

    public void AddDeferred(string name, Func<OnnxFoldedTensor> value, OnnxWeight deferred, string? reportAs) =>
        _values[name] = new OnnxConstantEntry(new Lazy<OnnxFoldedTensor>(value), Path, null, deferred, reportAs);

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out OnnxConstantEntry entry) =>
        _values.TryGetValue(name, out entry) || (parent is not null && parent.TryGet(name, out entry));

    /// <summary>The constant <paramref name="name"/>, or null when it is omitted ("") or not a constant (a runtime value).</summary>
    public OnnxConstantEntry? Find(string name) => name.Length > 0 && TryGet(name, out var entry) ? entry : null;
}
