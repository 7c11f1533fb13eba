// One dataset array as its .npy file stores it, read in the background (StreamedArray) once its header has been
// checked: float16/float32/float64/uint8 widen to float, bool and every other integer type to long, as
// NpyArray.Read has always widened them, so a model input casts from it (InputCast) as before. Shape and dtype
// come from the header alone, so every refusal happens before the first value is read.
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Evaluation;

internal sealed class StreamedNpy
{
    StreamedNpy(string dtype, int[] shape, string path, StreamedArray<float>? floats, StreamedArray<long>? integers)
    {
        DType = dtype;
        Shape = shape;
        Path = path;
        Floats = floats;
        Integers = integers;
    }

    /// <summary>The stored dtype (.npy descr): what a model input may refuse to cast from.</summary>
    public string DType { get; }
    public int[] Shape { get; }
    public string Path { get; }
    /// <summary>The values widened to float (float and uint8 files); null when <see cref="Integers"/> holds them.</summary>
    public StreamedArray<float>? Floats { get; }
    /// <summary>The values widened to long (bool and the other integer files); null when <see cref="Floats"/> holds them.</summary>
    public StreamedArray<long>? Integers { get; }
    public Task<bool> Completion => Floats?.Completion ?? Integers!.Completion;
    public long Bytes => Floats?.Bytes ?? Integers!.Bytes;

    /// <summary>Whether a file of <paramref name="dtype"/> is held as floats (else as longs).</summary>
    public static bool HoldsFloats(string dtype) => dtype is "<f2" or "<f4" or "<f8" or "|u1";

    /// <summary>Opens <paramref name="path"/> and checks its header and length; nothing is read until <see cref="Header.Start"/>.</summary>
    public static Header Open(string path)
    {
        // float32 has been streamed without the budget check the whole-array reader makes, and stays so.
        var (dtype, shape, values) = NpyArray.Open(path, d => d == "<f4" ? 0 : HoldsFloats(d) ? sizeof(float) : sizeof(long));
        return new Header(dtype, shape, path, values);
    }

    /// <summary>An opened array not yet read: dispose it to close the file when a check refuses the dataset.</summary>
    public sealed record Header(string DType, int[] Shape, string Path, Stream Values) : IDisposable
    {
        /// <summary>Starts the background read; it owns the file from now on, and <paramref name="cancellationToken"/> stops it.</summary>
        public StreamedNpy Start(CancellationToken cancellationToken)
        {
            // A scalar is one row of one value; the dataset refuses it before starting, so this only keeps the arithmetic whole.
            var rows = Shape.Length == 0 ? 1 : Shape[0];
            var rowValues = Shape.Length == 0 ? 1 : Shape[1..].Aggregate(1, (a, b) => a * b);
            return HoldsFloats(DType)
                ? new StreamedNpy(DType, Shape, Path, StreamedArray<float>.Start(rows, rowValues, FloatReader(DType, Values), Values, Path, cancellationToken), null)
                : new StreamedNpy(DType, Shape, Path, null, StreamedArray<long>.Start(rows, rowValues, IntegerReader(DType, Values), Values, Path, cancellationToken));
        }

        public void Dispose() => Values.Dispose();
    }

    static StreamedArray<float>.Fill FloatReader(string dtype, Stream stream) => dtype switch
    {
        "<f4" => Direct<float>(stream),
        "<f8" => Widening<double, float>(stream),
        "<f2" => Widening<Half, float>(stream),
        "|u1" => Widening<byte, float>(stream),
        _ => throw new InvalidOperationException($"HoldsFloats admitted dtype {dtype} without a float reader."),
    };

    static StreamedArray<long>.Fill IntegerReader(string dtype, Stream stream) => dtype switch
    {
        "<i8" => Direct<long>(stream),
        "<i4" => Widening<int, long>(stream),
        "<u4" => Widening<uint, long>(stream),
        "<i2" => Widening<short, long>(stream),
        "<u2" => Widening<ushort, long>(stream),
        "|i1" => Widening<sbyte, long>(stream),
        // Values past long.MaxValue wrap, as NpyArray.Read wraps them; no model input takes uint64 losslessly anyway.
        "<u8" => Widening<ulong, long>(stream),
        "|b1" => Booleans(stream),
        _ => throw new InvalidOperationException($"NpyArray.Open admitted dtype {dtype} without an integer reader."),
    };

    static StreamedArray<T>.Fill Direct<T>(Stream stream) where T : unmanaged =>
        (_, rows, _) => stream.ReadExactly(MemoryMarshal.AsBytes(rows));

    /// <summary>Reads a chunk as stored into one reused buffer and widens it (exact for every pair used here but double → float, which rounds as a cast does).</summary>
    static StreamedArray<TTo>.Fill Widening<TFrom, TTo>(Stream stream)
        where TFrom : unmanaged, INumberBase<TFrom> where TTo : unmanaged, INumberBase<TTo>
    {
        var buffer = Array.Empty<TFrom>();
        return (_, rows, _) =>
        {
            if (buffer.Length < rows.Length) buffer = new TFrom[rows.Length];
            var stored = buffer.AsSpan(0, rows.Length);
            stream.ReadExactly(MemoryMarshal.AsBytes(stored));
            TensorPrimitives.ConvertTruncating(stored, rows);
        };
    }

    /// <summary>numpy writes True as 1, but any non-zero byte is true, as NpyArray.Read reads it.</summary>
    static StreamedArray<long>.Fill Booleans(Stream stream)
    {
        var widen = Widening<byte, long>(stream);
        return (first, rows, cancellationToken) =>
        {
            widen(first, rows, cancellationToken);
            TensorPrimitives.Min(rows, 1L, rows);
        };
    }
}
