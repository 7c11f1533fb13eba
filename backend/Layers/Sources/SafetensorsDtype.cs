// Element types of .safetensors tensors and their conversion to float32 (the one type statistics run on).
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CompressCompare.Backend.Layers.Sources;

public static class SafetensorsDtype
{
    public static int Size(string dtype, string file, string tensor) => dtype switch
    {
        "F64" or "I64" or "U64" => 8,
        "F32" or "I32" or "U32" => 4,
        "F16" or "BF16" or "I16" or "U16" => 2,
        "I8" or "U8" or "BOOL" or "F8_E4M3" or "F8_E5M2" => 1,
        _ => throw new InvalidDataException(
            $"{file}: tensor \"{tensor}\" has element type {Models.Names.Short(dtype)}, which probing cannot read. Convert it to F32, F16, BF16, F64, F8_E4M3, F8_E5M2 or an integer type."),
    };

    /// <summary>Converts little-endian <paramref name="bytes"/> of <paramref name="dtype"/> to floats.</summary>
    public static void Convert(string dtype, ReadOnlySpan<byte> bytes, Span<float> destination)
    {
        switch (dtype)
        {
            case "F32": MemoryMarshal.Cast<byte, float>(bytes).CopyTo(destination); break;
            case "F64": for (var i = 0; i < destination.Length; i++) destination[i] = (float)BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * 8)..]); break;
            case "F16": for (var i = 0; i < destination.Length; i++) destination[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[(i * 2)..]); break;
            // bfloat16 is the upper half of a float32.
            case "BF16": for (var i = 0; i < destination.Length; i++) destination[i] = BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]) << 16); break;
            case "I64": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[(i * 8)..]); break;
            case "U64": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 8)..]); break;
            case "I32": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]); break;
            case "U32": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]); break;
            case "I16": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(i * 2)..]); break;
            case "U16": for (var i = 0; i < destination.Length; i++) destination[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]); break;
            case "I8": for (var i = 0; i < destination.Length; i++) destination[i] = (sbyte)bytes[i]; break;
            case "F8_E4M3": Float8.Convert(Float8.E4M3, bytes, destination); break;
            case "F8_E5M2": Float8.Convert(Float8.E5M2, bytes, destination); break;
            case "U8" or "BOOL": for (var i = 0; i < destination.Length; i++) destination[i] = bytes[i]; break;
            default: throw new InvalidDataException($"Element type {dtype} cannot be converted to float32.");
        }
    }
}
