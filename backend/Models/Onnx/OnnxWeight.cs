// One effective weight of an ONNX model (see OnnxModelReader.ReadWeightsOnDemand): either a stored tensor whose
// values are decoded when read, or the decoded result of a decoding graph (int8 DequantizeLinear, palettes).
namespace CompressCompare.Backend.Models.Onnx;

public sealed class OnnxWeight
{
    readonly OnnxTensor? _stored;
    readonly TensorData? _decoded;

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

    public IReadOnlyList<long> Shape { get; }

    /// <summary>True when the values stay in the file until read (a stored tensor), false when they are held decoded.</summary>
    public bool IsStored => _stored is not null;

    /// <summary>Reads the values as float32 into <paramref name="destination"/>, exactly as long as the weight.</summary>
    public void ReadFloats(Span<float> destination)
    {
        if (_stored is not null) _stored.ReadFloats(destination);
        else _decoded!.Values.CopyTo(destination);
    }

    public TensorData ToTensorData() => _decoded ?? new TensorData(_stored!.ReadFloats(), _stored.ShapeAsInt32());
}
