// One effective weight of an ONNX model (see OnnxModelReader.ReadWeightsOnDemand): a stored float tensor whose values
// are decoded when read; quantized codes (QOperator, MatMulNBits, DequantizeLinear on stored codes) decoded to floats
// when read, with only their scales and zero points held; or the held result of another decoding graph (palettes).
namespace CompressCompare.Backend.Models.Onnx;

public sealed class OnnxWeight
{
    readonly OnnxTensor? _stored;
    readonly TensorData? _decoded;
    readonly Action<Span<float>>? _decode;

    internal OnnxWeight(OnnxTensor stored)
    {
        _stored = stored;
        Shape = stored.Shape;
    }

    internal OnnxWeight(TensorData decoded)
    {
        _decoded = decoded;
        Shape = [.. decoded.Shape.Select(d => (long)d)];
    }

    /// <summary>A weight decoded by <paramref name="decode"/> (into exactly its element count) each time it is read.</summary>
    internal OnnxWeight(IReadOnlyList<long> shape, Action<Span<float>> decode)
    {
        _decode = decode;
        Shape = shape;
    }

    public IReadOnlyList<long> Shape { get; }

    /// <summary>
    /// The stored tensor a quantized weight is decoded from ("W_quantized", "W_Q4"), for showing which name a quantizer's
    /// copy gave the weight it is matched under; null for float weights read as stored and for folded ones.
    /// </summary>
    public string? StoredName { get; internal init; }

    /// <summary>True when the source holds the decoded values from open; false when they are read (and decoded) on each read.</summary>
    public bool IsHeld => _decoded is not null;

    /// <summary>Reads the values as float32 into <paramref name="destination"/>, exactly as long as the weight.</summary>
    public void ReadFloats(Span<float> destination)
    {
        if (_stored is not null) _stored.ReadFloats(destination);
        else if (_decode is not null) _decode(destination);
        else _decoded!.Values.CopyTo(destination);
    }

    public TensorData ToTensorData()
    {
        if (_decoded is not null) return _decoded;
        if (_stored is not null) return new TensorData(_stored.ReadFloats(), _stored.ShapeAsInt32());
        var shape = Shape.Select(d => checked((int)d)).ToArray();
        var values = new float[shape.Aggregate(1L, (a, d) => a * d)];
        ReadFloats(values);
        return new TensorData(values, shape);
    }
}
