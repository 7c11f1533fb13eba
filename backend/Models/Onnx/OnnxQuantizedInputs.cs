// Reads the small constant inputs of quantized nodes (scales, zero points) and checks them against the codes they
// decode, so a file whose zero point has another type than its codes, or whose scales are not floats, is refused
// with the tensor's name instead of decoding to nonsense.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxQuantizedInputs
{
    const string Reexport = "The file is damaged or its quantizer is faulty: quantize or export the model again.";

    /// <summary>Input <paramref name="index"/> of the node, or "" when the node has fewer (an omitted optional input).</summary>
    public static string Input(NodeProto node, int index) => index < node.Input.Count ? node.Input[index] : "";

    public static long Attribute(NodeProto node, string name, long fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { } a ? a.I : fallback;

    /// <summary>The codes a node decodes: a stored integer tensor (int8/uint8 unless <paramref name="anyInteger"/>), or null.</summary>
    public static OnnxTensor? Codes(OnnxConstantEntry? entry, bool anyInteger = false) =>
        entry?.Stored is { } codes && (anyInteger
            ? !codes.DataType.IsFloatingPoint() && (codes.DataType.IsDecodable() || codes.DataType.IsPacked4Bit())
            : codes.DataType is OnnxDataType.Int8 or OnnxDataType.UInt8)
            ? codes : null;

    public static OnnxFoldedTensor Scales(OnnxConstantEntry entry, string name, OnnxTensor codes, string modelPath)
    {
        var value = entry.Value.Value;
        return value.IsFloat ? value : throw new OnnxModelException(modelPath,
            $"Tensor '{Names.Short(name)}', the scale of '{Names.Short(codes.Name)}', is {value.Type.OnnxName()}; scales must be floating-point.", Reexport, name);
    }

    /// <summary>The zero points as floats (null when omitted); they must have the codes' type, as ONNX requires.</summary>
    public static float[]? ZeroPoints(OnnxConstantEntry? entry, string name, OnnxTensor codes, string modelPath, bool floatAllowed = false)
    {
        if (entry is null) return null;
        var value = entry.Value.Value;
        if (value.Type != codes.DataType && !(floatAllowed && value.IsFloat))
            throw new OnnxModelException(modelPath,
                $"Tensor '{Names.Short(name)}', the zero point of '{Names.Short(codes.Name)}' ({codes.DataType.OnnxName()}), is {value.Type.OnnxName()}; it must have the codes' type.",
                Reexport, name);
        return value.Floats ?? [.. value.Ints!.Select(v => (float)v)];
    }

    /// <summary>The float model's name for a quantizer's copy: "W_quantized" → "W" (and the same for other suffixes); other names stay.</summary>
    public static string FloatName(string stored, string suffix) =>
        stored.Length > suffix.Length && stored.EndsWith(suffix, StringComparison.Ordinal) ? stored[..^suffix.Length] : stored;
}
