// Decodes a tensor's stored values (float16, bfloat16, float64, integers…) into floats a chunk at a time
// through one pooled buffer, so reading a tensor never holds its raw bytes besides its floats. Shared by the
// ONNX external-data reader and the safetensors and TorchSharp tensor sources.
using System.Buffers;

namespace CompressCompare.Backend.Data;

public static class ChunkedDecode
{
    const int ChunkBytes = 1 << 20;

    /// <summary>Fills <paramref name="bytes"/> with the stored bytes that start <paramref name="at"/> (a file offset); throws when they are not all there.</summary>
    public delegate void ReadBytes(Span<byte> bytes, long at);

    /// <summary>Converts whole stored values in <paramref name="bytes"/> into <paramref name="values"/> (as many as fit).</summary>
    public delegate void DecodeValues(ReadOnlySpan<byte> bytes, Span<float> values);

    /// <summary>Reads <paramref name="destination"/>.Length values of <paramref name="elementSize"/> bytes each, starting at <paramref name="at"/>.</summary>
    public static void Into(Span<float> destination, int elementSize, long at, ReadBytes read, DecodeValues decode)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var perChunk = ChunkBytes / elementSize;
            for (var done = 0; done < destination.Length; done += perChunk)
            {
                var count = Math.Min(perChunk, destination.Length - done);
                var chunk = buffer.AsSpan(0, count * elementSize);
                read(chunk, at + (long)done * elementSize);
                decode(chunk, destination.Slice(done, count));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
