// Writes float32 tensors as torch.save does for a state dict: a zip (entries stored, not compressed, like torch's)
// of <archive>/data.pkl, a protocol-2 pickle of an OrderedDict of _rebuild_tensor_v2 calls, and one storage entry
// <archive>/data/<key> per tensor. For the probe benchmark's `--format pt` and tests; TorchZipSource reads it.
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace CompressCompare.Backend.Layers.Bench;

public static class TorchZipWriter
{
    const string Archive = "archive";

    /// <summary>Writes <paramref name="tensors"/> (name, shape) in order; <paramref name="fill"/> fills each one's values just before it is written.</summary>
    public static void Write(string path, IReadOnlyList<(string Name, long[] Shape)> tensors, Action<int, float[]> fill)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "data.pkl", StateDictPickle(tensors));
        Entry(zip, "byteorder", "little"u8);
        Entry(zip, "version", "3\n"u8);
        for (var t = 0; t < tensors.Count; t++)
        {
            var values = new float[tensors[t].Shape.Aggregate(1L, (a, d) => a * d)];
            fill(t, values);
            Entry(zip, $"data/{t}", MemoryMarshal.AsBytes(values.AsSpan()));
        }
    }

    /// <summary>OrderedDict(name → tensor) where tensor t is a contiguous view of all of storage "t".</summary>
    static byte[] StateDictPickle(IReadOnlyList<(string Name, long[] Shape)> tensors)
    {
        var pickle = new List<byte> { 0x80, 2 };
        void Op(char op) => pickle.Add((byte)op);
        void Global(string module, string name) { Op('c'); pickle.AddRange(Encoding.ASCII.GetBytes($"{module}\n{name}\n")); }
        void Text(string text)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            Op('X');
            pickle.AddRange(BitConverter.GetBytes(utf8.Length));
            pickle.AddRange(utf8);
        }
        void Long(long value) { pickle.AddRange([0x8a, 8]); pickle.AddRange(BitConverter.GetBytes(value)); }
        void Longs(IEnumerable<long> values) { Op('('); foreach (var v in values) Long(v); Op('t'); }

        Global("collections", "OrderedDict");
        Op(')'); Op('R'); Op('(');
        for (var t = 0; t < tensors.Count; t++)
        {
            var (name, shape) = tensors[t];
            var strides = new long[shape.Length];
            for (var (d, step) = (shape.Length - 1, 1L); d >= 0; step *= shape[d], d--) strides[d] = step;
            Text(name);
            Global("torch._utils", "_rebuild_tensor_v2");
            Op('(');
            // The storage is a persistent id: ('storage', class, key, location, element count).
            Op('('); Text("storage"); Global("torch", "FloatStorage"); Text($"{t}"); Text("cpu"); Long(shape.Aggregate(1L, (a, d) => a * d)); Op('t'); Op('Q');
            Long(0);
            Longs(shape);
            Longs(strides);
            pickle.Add(0x89); // requires_grad = False
            Global("collections", "OrderedDict"); Op(')'); Op('R'); // backward hooks
            Op('t'); Op('R');
        }
        Op('u'); Op('.');
        return [.. pickle];
    }

    static void Entry(ZipArchive zip, string name, ReadOnlySpan<byte> bytes)
    {
        using var stream = zip.CreateEntry($"{Archive}/{name}", CompressionLevel.NoCompression).Open();
        stream.Write(bytes);
    }
}
