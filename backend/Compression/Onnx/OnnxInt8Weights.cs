// Weight-only int8 on an ONNX graph, laid out as ONNX Runtime's QDQ quantizer lays it out: each weight W becomes int8 codes
// "W_quantized" with per-output-channel scales "W_scale" and zero points "W_zero_point" (all 0: symmetric), and a
// DequantizeLinear node whose output "W_DequantizeLinear_Output" takes W's place in every node that read it. The arithmetic
// is Int8Quantization's (scale = max|w_c|/127, codes rounded half to even and clamped to ±127, scale 1 for a zero channel),
// so a TorchSharp model and its ONNX export quantize alike. Under static activations the codes stop at ±64 (ReducedMaxLevel). Weights are read and their codes written one at a time: memory
// holds the largest weight once as floats and once as codes.
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Backend.Progress;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxInt8Weights
{
    public const string DequantizedSuffix = "_DequantizeLinear_Output";

    /// <summary>
    /// The largest code when activations are quantized too (quantize_static's reduce_range for int8 weights). ONNX Runtime then runs
    /// MatMul and Conv as uint8 × int8 through VPMADDUBSW on x86 CPUs with AVX2 or AVX-512 but no VNNI, which saturates each pair of
    /// products at 2^15 − 1: 255 · 127 · 2 overflows it and silently changes the outputs (20 % on the static test's MLP, measured on
    /// an AVX2-only EPYC), while 255 · 64 · 2 never does. The model then answers alike on every CPU, for half the weight resolution.
    /// </summary>
    public const int ReducedMaxLevel = 64;

    /// <summary>Replaces each of <paramref name="weights"/> in <paramref name="edit"/> by its int8 codes and a DequantizeLinear node (opset 13 or later).</summary>
    /// <param name="maxLevel">The largest code: Int8Quantization.MaxLevel (127), or ReducedMaxLevel when activations are quantized too.</param>
    public static IReadOnlyList<OnnxChangedWeight> Quantize(OnnxModelEdit edit, IReadOnlyList<OnnxInt8Weight> weights, OnnxFreshNames names,
        IWorkProgress? progress, CancellationToken cancellationToken, int maxLevel = Int8Quantization.MaxLevel)
    {
        var graph = edit.Graph;
        var keepName = OnnxFreshNames.ReadBySubgraphs(graph);
        keepName.UnionWith(graph.Output.Select(o => o.Name));
        var tensors = weights.Select(w => edit.Initializer(w.Name)!).ToArray();
        var largest = (int)tensors.Max(OnnxModelEdit.CountOf);
        var values = new float[largest];
        var codes = new sbyte[largest];
        var changed = new List<OnnxChangedWeight>();
        var dequantize = new List<NodeProto>();
        for (var t = 0; t < tensors.Length; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (name, axis) = weights[t];
            progress?.Report($"int8: {name}", 100 * t / tensors.Length);
            var dims = tensors[t].Dims.ToArray();
            var count = (int)OnnxModelEdit.CountOf(tensors[t]);
            edit.ReadFloats(tensors[t], values.AsSpan(0, count));
            var scales = QuantizeAlong(values.AsSpan(0, count), dims, axis, codes.AsSpan(0, count), maxLevel);

            edit.RemoveInitializer(name);
            var output = keepName.Contains(name) ? name : names.Take(name, DequantizedSuffix);
            // An IR 3 model lists its initializers as graph inputs too; left there, W would become an input the caller must feed.
            Remove(graph.Input, name);
            if (output != name) Remove(graph.ValueInfo, name);
            var codesName = names.Take(name, "_quantized");
            var scaleName = names.Take(name, "_scale");
            var zeroName = names.Take(name, "_zero_point");
            long[] scaleDims = axis is null ? [] : [dims[axis.Value]];
            edit.AddInitializer(codesName, OnnxDataType.Int8, dims, MemoryMarshal.AsBytes(codes.AsSpan(0, count)));
            edit.AddInitializer(scaleName, scaleDims, scales);
            edit.AddInitializer(zeroName, OnnxDataType.Int8, scaleDims, new byte[scales.Length]);
            var node = Node("DequantizeLinear", names.Take(name, "_DequantizeLinear"), [codesName, scaleName, zeroName], output);
            if (axis is { } a) node.Attribute.Add(Int("axis", a));
            dequantize.Add(node);
            foreach (var reader in graph.Node)
                for (var i = 0; i < reader.Input.Count; i++)
                    if (reader.Input[i] == name) reader.Input[i] = output;
            changed.Add(new OnnxChangedWeight(name, count, axis is { } c ? $"int8 per channel (axis {c})" : "int8 per tensor"));
        }
        // They read initializers only, so ahead of every node they are in topological order.
        for (var i = 0; i < dequantize.Count; i++) graph.Node.Insert(i, dequantize[i]);
        return changed;
    }

    /// <summary>
    /// Writes <paramref name="values"/>' codes into <paramref name="codes"/> and returns one scale per index of <paramref name="axis"/> in
    /// <paramref name="dims"/> (one in all when it is null).
    /// </summary>
    internal static float[] QuantizeAlong(ReadOnlySpan<float> values, IReadOnlyList<long> dims, int? axis, Span<sbyte> codes, int maxLevel = Int8Quantization.MaxLevel)
    {
        var channels = axis is { } a ? (int)dims[a] : 1;
        var inner = axis is { } b ? (int)dims.Skip(b + 1).Aggregate(1L, (p, d) => p * d) : values.Length;
        var outer = channels * inner == 0 ? 0 : values.Length / (channels * inner);
        var maxima = new float[channels];
        for (var o = 0; o < outer; o++)
            for (var c = 0; c < channels; c++)
                if (inner > 0) maxima[c] = MathF.Max(maxima[c], MathF.Abs(TensorPrimitives.MaxMagnitude(values.Slice((o * channels + c) * inner, inner))));
        var scales = Array.ConvertAll(maxima, m => Int8Quantization.ScaleFor(m, maxLevel));
        for (var o = 0; o < outer; o++)
            for (var c = 0; c < channels; c++)
                for (int i = (o * channels + c) * inner, end = i + inner; i < end; i++)
                    codes[i] = Int8Quantization.Code(values[i], scales[c], maxLevel);
        return scales;
    }

    static void Remove(Google.Protobuf.Collections.RepeatedField<ValueInfoProto> values, string name)
    {
        for (var i = values.Count - 1; i >= 0; i--)
            if (values[i].Name == name) values.RemoveAt(i);
    }
}
