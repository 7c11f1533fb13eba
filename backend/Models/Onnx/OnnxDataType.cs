// ONNX element types (TensorProto.DataType; the numbers are ONNX's) and what the backend can decode of them.
namespace CompressCompare.Backend.Models.Onnx;

public enum OnnxDataType
{
    Undefined = 0,
    Float = 1,
    UInt8 = 2,
    Int8 = 3,
    UInt16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    String = 8,
    Bool = 9,
    Float16 = 10,
    Double = 11,
    UInt32 = 12,
    UInt64 = 13,
    Complex64 = 14,
    Complex128 = 15,
    BFloat16 = 16,
    Float8E4M3FN = 17,
    Float8E4M3FNUZ = 18,
    Float8E5M2 = 19,
    Float8E5M2FNUZ = 20,
    UInt4 = 21,
    Int4 = 22,
    Float4E2M1 = 23,
}

public static class OnnxDataTypes
{
    /// <summary>Bytes per element in raw_data, or 0 for types we do not decode (strings, complex, sub-byte, float8).</summary>
    public static int ElementSize(this OnnxDataType type) => type switch
    {
        OnnxDataType.Float or OnnxDataType.Int32 or OnnxDataType.UInt32 => 4,
        OnnxDataType.UInt8 or OnnxDataType.Int8 or OnnxDataType.Bool => 1,
        OnnxDataType.UInt16 or OnnxDataType.Int16 or OnnxDataType.Float16 or OnnxDataType.BFloat16 => 2,
        OnnxDataType.Int64 or OnnxDataType.UInt64 or OnnxDataType.Double => 8,
        _ => 0,
    };

    /// <summary>True for the types whose values can be read as numbers (floats or integers).</summary>
    public static bool IsDecodable(this OnnxDataType type) => type.ElementSize() > 0;

    /// <summary>int4/uint4: two values a byte, the first in the low nibble (ONNX's packing since opset 21).</summary>
    public static bool IsPacked4Bit(this OnnxDataType type) => type is OnnxDataType.Int4 or OnnxDataType.UInt4;

    /// <summary>Bytes that <paramref name="count"/> values take in raw_data (4-bit types rounded up to whole bytes).</summary>
    public static long StoredBytes(this OnnxDataType type, long count) =>
        type.IsPacked4Bit() ? (count + 1) / 2 : count > long.MaxValue / 8 ? long.MaxValue : count * type.ElementSize();

    public static bool IsFloatingPoint(this OnnxDataType type) =>
        type is OnnxDataType.Float or OnnxDataType.Float16 or OnnxDataType.BFloat16 or OnnxDataType.Double;

    /// <summary>ONNX's lower-case spelling ("float", "int8", "float16"), as Netron and onnx.helper show it.</summary>
    public static string OnnxName(this OnnxDataType type) =>
        Enum.IsDefined(type) ? type.ToString().ToLowerInvariant() : $"data type {(int)type}";
}
