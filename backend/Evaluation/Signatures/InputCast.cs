// Which dataset dtypes a model input of each ONNX element type takes, and the conversion into the array ONNX
// Runtime reads. A cast is allowed only when every value of the source dtype survives it (uint8 → float16,
// int32 → int64, bool → int64); float64 → float32 is the one rounding cast, kept because numpy saves float64 by
// default and the single-input path has always accepted it.
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Evaluation.Signatures;

internal static class InputCast
{
    /// <summary>ONNX element types a model input may have; the error for any other names these.</summary>
    public static readonly TensorElementType[] Supported =
        [TensorElementType.Float, TensorElementType.Float16, TensorElementType.BFloat16, TensorElementType.Int64, TensorElementType.Int32, TensorElementType.Bool];

    /// <summary>The numpy dtypes (.npy descr) each input type takes without losing values.</summary>
    static readonly Dictionary<TensorElementType, string[]> Lossless = new()
    {
        [TensorElementType.Float] = ["<f4", "<f8", "<f2", "|u1", "|i1", "<i2", "<u2", "|b1"],
        [TensorElementType.Float16] = ["<f2", "|u1", "|i1", "|b1"],
        [TensorElementType.BFloat16] = ["|u1", "|i1", "|b1"],
        [TensorElementType.Int64] = ["<i8", "<i4", "<u4", "<i2", "<u2", "|i1", "|u1", "|b1"],
        [TensorElementType.Int32] = ["<i4", "<i2", "<u2", "|i1", "|u1", "|b1"],
        [TensorElementType.Bool] = ["|b1"],
    };

    public static bool IsSupported(TensorElementType type) => Lossless.ContainsKey(type);

    public static bool Takes(TensorElementType type, string descr) => Lossless.TryGetValue(type, out var from) && from.Contains(descr);

    /// <summary>The dtypes <paramref name="type"/> takes, as numpy names, for the refusal message.</summary>
    public static string Accepted(TensorElementType type) => string.Join(", ", Lossless[type].Select(NumpyName));

    public static string NumpyName(string descr) => descr switch
    {
        "<f2" => "float16",
        "<f4" => "float32",
        "<f8" => "float64",
        "|b1" => "bool",
        "|u1" => "uint8",
        "|i1" => "int8",
        "<i2" => "int16",
        "<u2" => "uint16",
        "<i4" => "int32",
        "<u4" => "uint32",
        "<i8" => "int64",
        "<u8" => "uint64",
        _ => descr,
    };

    /// <summary>
    /// <paramref name="name"/> fed from <paramref name="array"/> as <paramref name="type"/>'s element: the array itself when it
    /// already holds that element (float32 from float files, int64 from integer files), otherwise a cast of it made chunk by
    /// chunk in the background as its rows arrive, so each batch is a slice of one array (no per-batch copy). Disposing
    /// the bound input stops the cast.
    /// </summary>
    public static BoundInput Bind(string name, long[] instance, StreamedNpy array, TensorElementType type)
    {
        if (array.Floats is { } floats)
            return type switch
            {
                TensorElementType.Float => BoundInput.Of<float>(name, instance, floats.UpTo),
                TensorElementType.Float16 => Cast(name, instance, floats, v => (Float16)v, array.Path),
                TensorElementType.BFloat16 => Cast(name, instance, floats, v => (BFloat16)v, array.Path),
                TensorElementType.Int64 => Cast(name, instance, floats, v => (long)v, array.Path),
                TensorElementType.Int32 => Cast(name, instance, floats, v => (int)v, array.Path),
                TensorElementType.Bool => Cast(name, instance, floats, v => v != 0, array.Path),
                _ => throw new InvalidOperationException($"InputCast admitted {type} without a conversion."),
            };
        var integers = array.Integers!;
        return type switch
        {
            TensorElementType.Float => Cast(name, instance, integers, v => (float)v, array.Path),
            TensorElementType.Float16 => Cast(name, instance, integers, v => (Float16)(float)v, array.Path),
            TensorElementType.BFloat16 => Cast(name, instance, integers, v => (BFloat16)(float)v, array.Path),
            TensorElementType.Int64 => BoundInput.Of<long>(name, instance, integers.UpTo),
            TensorElementType.Int32 => Cast(name, instance, integers, v => (int)v, array.Path),
            TensorElementType.Bool => Cast(name, instance, integers, v => v != 0, array.Path),
            _ => throw new InvalidOperationException($"InputCast admitted {type} without a conversion."),
        };
    }

    /// <summary>
    /// A cast that follows the read, in the read's chunks: each waits only for the stored rows it converts (chunks sized
    /// for a 1-byte bool would wait for 4 M int64 values, 32 MB of the read, before the first batch).
    /// </summary>
    static BoundInput Cast<TFrom, TTo>(string name, long[] instance, StreamedArray<TFrom> from, Func<TFrom, TTo> cast, string path)
        where TFrom : unmanaged where TTo : unmanaged
    {
        var stop = new CancellationTokenSource();
        var rowValues = from.RowValues;
        var to = StreamedArray<TTo>.Start(from.Rows, rowValues, (first, rows, cancellationToken) =>
        {
            var stored = from.UpTo(first + rows.Length / Math.Max(rowValues, 1), cancellationToken).AsSpan(first * rowValues, rows.Length);
            for (var i = 0; i < rows.Length; i++) rows[i] = cast(stored[i]);
        }, null, path, stop.Token, from.RowsPerChunk);
        return BoundInput.Of<TTo>(name, instance, to.UpTo, stop.Cancel);
    }
}
