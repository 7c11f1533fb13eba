// DequantizeLinear whose input is stored codes (int8/uint8, int4/uint4, int16, int32 biases): per tensor, per axis or
// blocked (opset 21 block_size), decoded when the weight is read instead of when the model opens, so a quantized model
// is not held as floats. Downstream folds (a Transpose or Reshape of the weight) still get the floats, decoded then.
// ONNX Runtime's QDQ quantizer names the output "W_DequantizeLinear_Output": such a weight is reported as "W".
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxQuantizedInputs;

namespace CompressCompare.Backend.Models.Onnx;

/// <summary>A deferred decoding: the floats for folds, the weight for on-demand reads, and the float model's name when the graph's is a quantizer's.</summary>
internal sealed record OnnxDeferredDequantize(Func<OnnxFoldedTensor> Value, OnnxWeight Weight, string? ReportAs);

internal static class OnnxDequantizeLinearCodes
{
    const string OutputSuffix = "_DequantizeLinear_Output";

    public static OnnxDeferredDequantize? TryDefer(NodeProto node, OnnxConstantScope scope, string modelPath, OnnxDecodeBudget budget)
    {
        if (node.OpType != "DequantizeLinear" || !OnnxGraphScopes.IsDefaultDomain(node.Domain) || node.Output.Count != 1) return null;
        if (Codes(scope.Find(Input(node, 0)), anyInteger: true) is not { } codes || scope.Find(Input(node, 1)) is not { } scaleEntry) return null;
        if (Input(node, 2).Length > 0 && scope.Find(Input(node, 2)) is null) return null; // a runtime zero point
        var scale = Scales(scaleEntry, Input(node, 1), codes, modelPath);
        var zeroPoints = ZeroPoints(scope.Find(Input(node, 2)), Input(node, 2), codes, modelPath);
        var decoder = OnnxAffineDequantizer.Create(modelPath, codes, scale.Floats!, scale.Shape, zeroPoints,
            Attribute(node, "axis", 1), Attribute(node, "block_size", 0));
        var weight = decoder.Weight(codes);
        var output = node.Output[0];
        return new(() =>
        {
            var values = budget.Floats(codes.ElementCount, "DequantizeLinear");
            weight.ReadFloats(values);
            return OnnxFoldedTensor.OfFloats(scale.Type, [.. codes.Shape], values);
        }, weight, output.EndsWith(OutputSuffix, StringComparison.Ordinal) ? FloatName(output, OutputSuffix) : null);
    }
}
