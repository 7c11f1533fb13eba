// Which dataset dtypes a model input of each ONNX element type takes, and the conversion into the array ONNX
// Runtime reads. A cast is allowed only when every value of the source dtype survives it (uint8 → float16,
// int32 → int64, bool → int64); float64 → float32 is the one rounding cast, kept because numpy saves float64 by
// default and the single-input path has always accepted it.
using CompressCompare.Backend.Data;
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

    /// <summary>The whole array converted once to <paramref name="type"/>'s element, so each batch is a slice of it (no per-batch copy).</summary>
    public static Array Convert(NpyArray array, TensorElementType type) => type switch
    {
        TensorElementType.Float => array.Floats ?? [.. array.Integers!.Select(v => (float)v)],
        TensorElementType.Float16 => array.Floats is { } f ? [.. f.Select(v => (Float16)(float)v)] : array.Integers!.Select(v => (Float16)(float)v).ToArray(),
        TensorElementType.BFloat16 => array.Integers!.Select(v => (BFloat16)(float)v).ToArray(),
        TensorElementType.Int64 => array.Integers!,
        TensorElementType.Int32 => array.Integers!.Select(v => (int)v).ToArray(),
        TensorElementType.Bool => array.Integers!.Select(v => v != 0).ToArray(),
        _ => throw new InvalidOperationException($"InputCast admitted {type} without a conversion."),
    };
}
