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

    public static OnnxFoldedTensor From(OnnxTensor tensor, OnnxDecodeBudget budget)
    {
        var floating = tensor.DataType.IsFloatingPoint();
        tensor.CheckStoredValues();
        budget.Take(tensor.ElementCount, floating ? sizeof(float) : sizeof(long), $"tensor '{Names.Short(tensor.Name)}'");
        if (floating) return OfFloats(tensor.DataType, [.. tensor.Shape], tensor.ReadFloats());
        // 4-bit codes unpack through floats, which hold every int4/uint4 value exactly.
        return OfInts(tensor.DataType, [.. tensor.Shape], tensor.DataType.IsPacked4Bit() ? [.. tensor.ReadFloats().Select(v => (long)v)] : tensor.ReadInt64s());
    }

    /// <summary>A tensor of the same type whose element i is this one's element source[i] (data movement ops).</summary>
    public OnnxFoldedTensor Take(long[] shape, int[] source, OnnxDecodeBudget budget)
    {
        if (Floats is { } f)
        {
            var values = budget.Floats(source.Length, "a data movement");
            for (var i = 0; i < source.Length; i++) values[i] = f[source[i]];
            return OfFloats(Type, shape, values);
        }
        var ints = budget.Longs(source.Length, "a data movement");
        for (var i = 0; i < source.Length; i++) ints[i] = Ints![source[i]];
        return OfInts(Type, shape, ints);
    }

    public OnnxFoldedTensor WithShape(long[] shape) => new(Type, shape, Floats, Ints);

    public double this[int i] => Floats is { } f ? f[i] : Ints![i];

    /// <summary>The element count of a shape; long.MaxValue when it overflows (or a dimension is negative), which no budget admits.</summary>
    public static long Product(IEnumerable<long> dims)
    {
        long n = 1;
        foreach (var d in dims)
        {
            if (d < 0 || (d != 0 && n > long.MaxValue / d)) return long.MaxValue;
            n *= d;
        }
        return n;
    }

    /// <summary>Null when a dimension exceeds int (an empty tensor of shape [0, 2^40] folds, but TensorData cannot hold its shape).</summary>
    public TensorData? ToTensorData() =>
        Shape.All(d => d is >= 0 and <= int.MaxValue)
            ? new(Floats ?? Ints!.Select(v => (float)v).ToArray(), Shape.Select(d => (int)d).ToArray())
            : null;
}
