// A constant value while folding weight-decoding graphs: floats for floating-point types, exact int64 for
// integer and bool types (so int8 codes, palette indices and shapes stay exact).
namespace CompressCompare.Backend.Models.Onnx;

internal sealed class OnnxFoldedTensor
{
    OnnxFoldedTensor(OnnxDataType type, long[] shape, float[]? floats, long[]? ints)
    {
        Type = type;
        Shape = shape;
        Floats = floats;
        Ints = ints;
    }

    public OnnxDataType Type { get; }
    public long[] Shape { get; }
    public float[]? Floats { get; }
    public long[]? Ints { get; }
    public bool IsFloat => Floats is not null;
    public int Count => Floats?.Length ?? Ints!.Length;

    public static OnnxFoldedTensor OfFloats(OnnxDataType type, long[] shape, float[] values) => new(type, shape, values, null);
    public static OnnxFoldedTensor OfInts(OnnxDataType type, long[] shape, long[] values) => new(type, shape, null, values);

    public static OnnxFoldedTensor From(OnnxTensor tensor) => tensor.DataType.IsFloatingPoint()
        ? OfFloats(tensor.DataType, [.. tensor.Shape], tensor.ReadFloats())
        : OfInts(tensor.DataType, [.. tensor.Shape], tensor.ReadInt64s());

    /// <summary>A tensor of the same type whose element i is this one's element source[i] (data movement ops).</summary>
    public OnnxFoldedTensor Take(long[] shape, int[] source)
    {
        if (Floats is { } f)
        {
            var values = new float[source.Length];
            for (var i = 0; i < source.Length; i++) values[i] = f[source[i]];
            return OfFloats(Type, shape, values);
        }
        var ints = new long[source.Length];
        for (var i = 0; i < source.Length; i++) ints[i] = Ints![source[i]];
        return OfInts(Type, shape, ints);
    }

    public OnnxFoldedTensor WithShape(long[] shape) => new(Type, shape, Floats, Ints);

    public double this[int i] => Floats is { } f ? f[i] : Ints![i];

    public static long Product(IEnumerable<long> dims)
    {
        long n = 1;
        foreach (var d in dims) n *= d;
        return n;
    }

    public TensorData ToTensorData() =>
        new(Floats ?? Ints!.Select(v => (float)v).ToArray(), Shape.Select(d => checked((int)d)).ToArray());
}
