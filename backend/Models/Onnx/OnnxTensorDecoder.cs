// Turns a TensorProto's stored values into float32 or int64. ONNX stores them either as little-endian bytes
// in raw_data (what exporters write for weights) or in a typed repeated field whose choice depends on the
// element type (int32_data also carries int8/uint8/int16/uint16/bool and the bits of float16/bfloat16).
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal delegate OnnxModelException TensorProblem(string problem, string hint);

internal static class OnnxTensorDecoder
{
    const string Reexport = "The file is damaged or its exporter is faulty: export the model again.";

    public static void DecodeFloats(TensorProto p, OnnxDataType type, ReadOnlySpan<byte> raw, Span<float> dest, TensorProblem problem)
    {
        var n = dest.Length;
        if (!raw.IsEmpty || n == 0)
        {
            CheckRawLength(raw, n, type, problem);
            DecodeRawFloats(raw, type, dest);
            return;
        }
        switch (type)
        {
            case OnnxDataType.Float:
                CheckCount(p.FloatData.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = p.FloatData[i];
                break;
            case OnnxDataType.Double:
                CheckCount(p.DoubleData.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = (float)p.DoubleData[i];
                break;
            case OnnxDataType.Float16:
                CheckCount(p.Int32Data.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = (float)BitConverter.UInt16BitsToHalf((ushort)p.Int32Data[i]);
                break;
            case OnnxDataType.BFloat16:
                CheckCount(p.Int32Data.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = BFloat16ToSingle((ushort)p.Int32Data[i]);
                break;
            default:
                var ints = new long[n];
                DecodeTypedIntegers(p, type, ints, problem);
                for (var i = 0; i < n; i++) dest[i] = ints[i];
                break;
        }
    }

    public static void DecodeIntegers(TensorProto p, OnnxDataType type, ReadOnlySpan<byte> raw, Span<long> dest, TensorProblem problem)
    {
        if (type.IsFloatingPoint() || !type.IsDecodable())
            throw problem("is not an integer tensor.", "Read it with ReadFloats instead.");
        var n = dest.Length;
        if (!raw.IsEmpty || n == 0)
        {
            CheckRawLength(raw, n, type, problem);
            for (var i = 0; i < n; i++) dest[i] = RawInteger(raw, i, type);
            return;
        }
        DecodeTypedIntegers(p, type, dest, problem);
    }

    static void DecodeTypedIntegers(TensorProto p, OnnxDataType type, Span<long> dest, TensorProblem problem)
    {
        var n = dest.Length;
        switch (type)
        {
            case OnnxDataType.Int64:
                CheckCount(p.Int64Data.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = p.Int64Data[i];
                break;
            case OnnxDataType.UInt32 or OnnxDataType.UInt64:
                CheckCount(p.Uint64Data.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = unchecked((long)p.Uint64Data[i]);
                break;
            default: // int8/uint8/int16/uint16/int32/bool all travel in int32_data
                CheckCount(p.Int32Data.Count, n, problem);
                for (var i = 0; i < n; i++) dest[i] = p.Int32Data[i];
                break;
        }
    }

    static void DecodeRawFloats(ReadOnlySpan<byte> raw, OnnxDataType type, Span<float> dest)
    {
        // ONNX raw_data is little-endian, as are all platforms .NET ships the backend on.
        switch (type)
        {
            case OnnxDataType.Float:
                MemoryMarshal.Cast<byte, float>(raw).CopyTo(dest);
                break;
            case OnnxDataType.Double:
                var doubles = MemoryMarshal.Cast<byte, double>(raw);
                for (var i = 0; i < dest.Length; i++) dest[i] = (float)doubles[i];
                break;
            case OnnxDataType.Float16:
                var halves = MemoryMarshal.Cast<byte, Half>(raw);
                for (var i = 0; i < dest.Length; i++) dest[i] = (float)halves[i];
                break;
            case OnnxDataType.BFloat16:
                var bits = MemoryMarshal.Cast<byte, ushort>(raw);
                for (var i = 0; i < dest.Length; i++) dest[i] = BFloat16ToSingle(bits[i]);
                break;
            case OnnxDataType.Int8:
                var signed = MemoryMarshal.Cast<byte, sbyte>(raw);
                for (var i = 0; i < dest.Length; i++) dest[i] = signed[i];
                break;
            case OnnxDataType.UInt8 or OnnxDataType.Bool:
                for (var i = 0; i < dest.Length; i++) dest[i] = raw[i];
                break;
            default:
                for (var i = 0; i < dest.Length; i++) dest[i] = RawInteger(raw, i, type);
                break;
        }
    }

    static long RawInteger(ReadOnlySpan<byte> raw, int i, OnnxDataType type) => type switch
    {
        OnnxDataType.Int8 => (sbyte)raw[i],
        OnnxDataType.UInt8 or OnnxDataType.Bool => raw[i],
        OnnxDataType.Int16 => BinaryPrimitives.ReadInt16LittleEndian(raw[(2 * i)..]),
        OnnxDataType.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(raw[(2 * i)..]),
        OnnxDataType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(raw[(4 * i)..]),
        OnnxDataType.UInt32 => BinaryPrimitives.ReadUInt32LittleEndian(raw[(4 * i)..]),
        OnnxDataType.Int64 => BinaryPrimitives.ReadInt64LittleEndian(raw[(8 * i)..]),
        OnnxDataType.UInt64 => unchecked((long)BinaryPrimitives.ReadUInt64LittleEndian(raw[(8 * i)..])),
        _ => throw new InvalidOperationException($"{type} is not an integer type."),
    };

    static float BFloat16ToSingle(ushort bits) => BitConverter.Int32BitsToSingle(bits << 16);

    static void CheckRawLength(ReadOnlySpan<byte> raw, int n, OnnxDataType type, TensorProblem problem)
    {
        var expected = (long)n * type.ElementSize();
        if (raw.Length != expected)
            throw problem($"should hold {expected} bytes ({n} elements) but its data has {raw.Length}.", Reexport);
    }

    static void CheckCount(int stored, int n, TensorProblem problem)
    {
        if (stored != n)
            throw problem(stored == 0 ? $"holds no values for its {n} elements." : $"holds {stored} values for its {n} elements.", Reexport);
    }
}
