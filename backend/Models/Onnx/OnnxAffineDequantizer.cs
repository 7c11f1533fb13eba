// The affine dequantization w = (q − zero point) · scale that QOperator nodes (MatMulInteger, ConvInteger, QLinearMatMul,
// QLinearConv) and DequantizeLinear define, with ONNX's three layouts of the scales: one for the whole tensor, one per
// index along an axis (per channel), or one per block of `block_size` indices along an axis (opset 21 blocked, e.g. int4).
// The scales and zero points are small and held; the codes are read when the weight is read and decoded in place, so a
// quantized weight costs its floats only while it is being scanned. Layouts that do not fit the tensor are refused at open.
using System.Numerics.Tensors;

namespace CompressCompare.Backend.Models.Onnx;

internal sealed class OnnxAffineDequantizer
{
    const string Reexport = "The file is damaged or its quantizer is faulty: quantize or export the model again.";

    readonly float[] _scales;
    readonly float[]? _zeroPoints;
    // Element (o, a, i) of the codes, seen as [outer, dim, inner] around the axis, uses scale o·_so + (a / _block)·_sa + i·_si.
    readonly long _outer, _dim, _inner, _block, _so, _sa, _si;

    OnnxAffineDequantizer(float[] scales, float[]? zeroPoints, long outer, long dim, long inner, long block, long so, long sa, long si)
    {
        (_scales, _zeroPoints) = (scales, zeroPoints);
        (_outer, _dim, _inner, _block, _so, _sa, _si) = (outer, dim, inner, block, so, sa, si);
    }

    /// <param name="codes">The stored codes (their name and shape go into errors).</param>
    /// <param name="scaleShape">The scales' own shape: blocked quantization gives them the codes' rank.</param>
    /// <param name="axis">The channel axis (negative counts from the end); ignored for one scale.</param>
    /// <param name="blockSize">0 unless blocked.</param>
    public static OnnxAffineDequantizer Create(string modelPath, OnnxTensor codes, float[] scales, IReadOnlyList<long> scaleShape,
        float[]? zeroPoints, long axis, long blockSize)
    {
        OnnxModelException Problem(string problem) =>
            new(modelPath, $"Tensor '{Names.Short(codes.Name)}' ({codes.DataType.OnnxName()}[{string.Join(", ", codes.Shape)}]) {problem}", Reexport, codes.Name);

        if (zeroPoints is not null && zeroPoints.Length != scales.Length)
            throw Problem($"has {scales.Length} scales but {zeroPoints.Length} zero points: they must match one to one.");
        var shape = codes.Shape;
        if (scales.Length == 1 && blockSize <= 0) return new(scales, zeroPoints, 1, 1, codes.ElementCount, 1, 0, 0, 0);
        if (scales.Length == 0) throw Problem("has no scales.");
        var a = axis < 0 ? axis + shape.Count : axis;
        if (a < 0 || a >= shape.Count) throw Problem($"is quantized along axis {axis}, which it does not have.");
        long outer = OnnxFoldedTensor.Product(shape.Take((int)a)), dim = shape[(int)a], inner = OnnxFoldedTensor.Product(shape.Skip((int)a + 1));
        if (blockSize <= 0)
        {
            if (scales.Length != dim)
                throw Problem($"has {scales.Length} scales for the {dim} channels along axis {a}: per-channel quantization needs one per channel.");
            return new(scales, zeroPoints, outer, dim, inner, 1, 0, 1, 0);
        }
        var blocks = (dim + blockSize - 1) / blockSize;
        var fits = scaleShape.Count == shape.Count && scaleShape.Select((d, i) => i == a ? d == blocks : d == shape[i]).All(f => f);
        if (!fits)
            throw Problem($"has scales of shape [{string.Join(", ", scaleShape)}] for blocks of {blockSize} along axis {a}; they must be [{string.Join(", ", shape.Select((d, i) => i == a ? blocks : d))}].");
        return new(scales, zeroPoints, outer, dim, inner, blockSize, blocks * inner, inner, 1);
    }

    /// <summary>Turns codes (as floats, in <paramref name="values"/>) into weights in place.</summary>
    public void Apply(Span<float> values)
    {
        if (_inner == 1 && _block == 1 && _so == 0)
        {
            // Per channel along the last axis (a MatMul weight's columns): whole rows at once, vectorized.
            for (var row = 0; row < values.Length; row += (int)_dim)
            {
                var r = values.Slice(row, (int)_dim);
                if (_zeroPoints is not null) TensorPrimitives.Subtract(r, _zeroPoints, r);
                TensorPrimitives.Multiply(r, _scales, r);
            }
            return;
        }
        var k = 0;
        for (long o = 0; o < _outer; o++)
            for (long a = 0; a < _dim; a++)
            {
                var first = o * _so + a / _block * _sa;
                var row = values.Slice(k, (int)_inner);
                k += row.Length;
                if (_si == 0)
                {
                    float s = _scales[first], z = _zeroPoints?[first] ?? 0;
                    TensorPrimitives.Subtract(row, z, row);
                    TensorPrimitives.Multiply(row, s, row);
                    continue;
                }
                for (var i = 0; i < row.Length; i++)
                    row[i] = (row[i] - (_zeroPoints?[first + i] ?? 0)) * _scales[first + i];
            }
    }

    /// <summary>The weight that reads <paramref name="codes"/> (from the file, when the model was opened indexed) and decodes them at each read.</summary>
    public OnnxWeight Weight(OnnxTensor codes) => new(codes.Shape, values =>
    {
        codes.ReadFloats(values);
        Apply(values);
    })
    { StoredName = codes.Name };
}
