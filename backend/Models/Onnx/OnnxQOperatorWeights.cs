// Decodes the int8/uint8 weights of ONNX's QOperator nodes to the floats they stand for, under the float model's names,
// the way ONNX Runtime's quantizer writes them (onnxruntime/python/tools/quantization, operators/conv.py and matmul.py):
//  - MatMulInteger / ConvInteger (quantize_dynamic): inputs (x, W_quantized, x_zero_point, W_zero_point); the weight's scale
//    is not an input but multiplies the output: Cast → Mul(·, Mul(x_scale, W_scale)). Found as "W_scale" beside
//    "W_quantized", else by following that chain; without either the codes are reported as (q − zero point) under their own name.
//  - QLinearMatMul / QLinearConv (quantize_static): weight, scale, zero point at inputs 3, 4, 5; QLinearConv's int32 bias
//    (input 8) has the scale x_scale · W_scale.
// Per tensor or per channel (MatMul: the columns, the last axis; Conv: the output channels, axis 0). The codes stay in the
// file until read; only scales and zero points are held. The node's other constant inputs are consumed, not weights.
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxQuantizedInputs;

namespace CompressCompare.Backend.Models.Onnx;

/// <summary>A weight a quantized node decodes from <paramref name="Codes"/>, reported under <paramref name="Name"/>.</summary>
internal sealed record OnnxDecodedWeight(string Name, OnnxWeight Weight, OnnxTensor Codes);

/// <summary>What a quantized node yields: its weights, and the constant inputs that only served to decode them.</summary>
internal sealed record OnnxQuantizedNode(IReadOnlyList<OnnxDecodedWeight> Weights, IReadOnlyList<string> Consumed);

internal static class OnnxQOperatorWeights
{
    /// <summary>ONNX Runtime's quantizer names a weight's codes "W_quantized".</summary>
    public const string QuantizedSuffix = "_quantized";

    public static OnnxQuantizedNode? TryDecode(NodeProto node, OnnxConstantScope scope, OnnxValueConsumers graph, string modelPath)
    {
        if (node.Domain == "com.microsoft" && node.OpType == "MatMulNBits") return OnnxMatMulNBits.Decode(node, scope, modelPath);
        if (!OnnxGraphScopes.IsDefaultDomain(node.Domain)) return null;
        return node.OpType switch
        {
            "MatMulInteger" => Integer(node, scope, graph, modelPath, axis: -1),
            "ConvInteger" => Integer(node, scope, graph, modelPath, axis: 0),
            "QLinearMatMul" => QLinear(node, scope, modelPath, axis: -1),
            "QLinearConv" => QLinear(node, scope, modelPath, axis: 0),
            _ => null,
        };
    }

    static OnnxQuantizedNode? Integer(NodeProto node, OnnxConstantScope scope, OnnxValueConsumers graph, string modelPath, long axis)
    {
        if (Codes(scope.Find(Input(node, 1))) is not { } codes) return null; // a runtime weight: nothing stored to decode
        var zeroPoints = ZeroPoints(scope.Find(Input(node, 3)), Input(node, 3), codes, modelPath);
        List<string> consumed = [Input(node, 1), Input(node, 3)];
        var name = codes.Name;
        float[] scales = [1f];
        IReadOnlyList<long> scaleShape = [];
        if (WeightScale(node, codes, scope, graph) is { } scaleName)
        {
            var scale = Scales(scope.Find(scaleName)!, scaleName, codes, modelPath);
            (scales, scaleShape, name) = (scale.Floats!, scale.Shape, FloatName(codes.Name, QuantizedSuffix));
            consumed.Add(scaleName);
        }
        var decoder = OnnxAffineDequantizer.Create(modelPath, codes, scales, scaleShape, zeroPoints, axis, 0);
        return new([new(name, decoder.Weight(codes), codes)], consumed);
    }

    /// <summary>The constant float that scales a dynamic node's weight: "W_scale" beside "W_quantized", else the chain output → Cast → Mul(·, Mul(x_scale, W_scale)).</summary>
    static string? WeightScale(NodeProto node, OnnxTensor codes, OnnxConstantScope scope, OnnxValueConsumers graph)
    {
        var named = FloatName(codes.Name, QuantizedSuffix) + "_scale";
        if (codes.Name.EndsWith(QuantizedSuffix, StringComparison.Ordinal) && scope.Find(named) is { } entry
            && (entry.Stored?.DataType.IsFloatingPoint() ?? entry.Value.Value.IsFloat))
            return named;
        var output = node.Output.Count > 0 ? node.Output[0] : "";
        foreach (var next in graph.Consumers(output))
        {
            var (mul, product) = next.OpType == "Cast"
                ? (graph.Consumers(next.Output[0]).FirstOrDefault(n => n.OpType == "Mul"), next.Output[0])
                : (next.OpType == "Mul" ? next : null, output);
            if (mul is null || mul.Input.Count != 2) continue;
            var scales = mul.Input[0] == product ? mul.Input[1] : mul.Input[0];
            // Mul(x_scale, W_scale): the one constant factor is the weight's (x_scale comes from DynamicQuantizeLinear).
            if (scope.Find(scales) is null && graph.Producer(scales) is { OpType: "Mul", Input.Count: 2 } factors)
            {
                var constant = factors.Input.Where(i => scope.Find(i) is not null).ToList();
                if (constant.Count == 1) return constant[0];
            }
        }
        return null;
    }

    static OnnxQuantizedNode? QLinear(NodeProto node, OnnxConstantScope scope, string modelPath, long axis)
    {
        if (Codes(scope.Find(Input(node, 3))) is not { } codes || scope.Find(Input(node, 4)) is not { } scaleEntry) return null;
        var scale = Scales(scaleEntry, Input(node, 4), codes, modelPath);
        var zeroPoints = ZeroPoints(scope.Find(Input(node, 5)), Input(node, 5), codes, modelPath);
        var decoder = OnnxAffineDequantizer.Create(modelPath, codes, scale.Floats!, scale.Shape, zeroPoints, axis, 0);
        List<OnnxDecodedWeight> weights = [new(FloatName(codes.Name, QuantizedSuffix), decoder.Weight(codes), codes)];
        if (node.OpType == "QLinearConv" && Bias(node, scope, modelPath, codes, scale.Floats!) is { } bias) weights.Add(bias);
        // Everything but the activation: its scale and zero point, the weight's, the output's, the bias.
        return new(weights, [.. node.Input.Skip(1)]);
    }

    /// <summary>QLinearConv's int32 bias, quantized with scale x_scale · W_scale[m] and zero point 0 (ONNX's definition).</summary>
    static OnnxDecodedWeight? Bias(NodeProto node, OnnxConstantScope scope, string modelPath, OnnxTensor weight, float[] weightScales)
    {
        if (Codes(scope.Find(Input(node, 8)), anyInteger: true) is not { } bias || scope.Find(Input(node, 1)) is not { } xScaleEntry) return null;
        var xScale = Scales(xScaleEntry, Input(node, 1), weight, modelPath);
        if (xScale.Count != 1 || bias.DataType != OnnxDataType.Int32 || bias.Shape.Count != 1 || (weight.Shape.Count > 0 && bias.Shape[0] != weight.Shape[0]))
            throw new OnnxModelException(modelPath,
                $"Tensor '{Names.Short(bias.Name)}' ({bias.DataType.OnnxName()}[{string.Join(", ", bias.Shape)}]), the bias of '{Names.Short(weight.Name)}', must be int32 with one value per output channel and one input scale.",
                "The file is damaged or its quantizer is faulty: quantize or export the model again.", bias.Name);
        var scales = weightScales.Select(s => s * xScale.Floats![0]).ToArray();
        var decoder = OnnxAffineDequantizer.Create(modelPath, bias, scales, [scales.Length], null, 0, 0);
        return new(FloatName(bias.Name, QuantizedSuffix), decoder.Weight(bias), bias);
    }
}
