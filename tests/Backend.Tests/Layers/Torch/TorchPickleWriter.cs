// Writes protocol-2 pickle opcodes by hand and packs them as torch.save does (<name>/data.pkl beside
// <name>/data/<key>), so hostile checkpoints can be built byte by byte without Python.
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Backend.Tests.Layers.Torch;

internal sealed class TorchPickleWriter
{
    readonly List<byte> _bytes = [0x80, 2];

    public TorchPickleWriter Op(char op) => Raw((byte)op);

    public TorchPickleWriter Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public TorchPickleWriter Text(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Op('X').Raw(BitConverter.GetBytes(utf8.Length));
        return Raw(utf8);
    }

    public TorchPickleWriter Int(long value)
    {
        if (value is >= int.MinValue and <= int.MaxValue) return Op('J').Raw(BitConverter.GetBytes((int)value));
        return Raw(0x8a, 8).Raw(BitConverter.GetBytes(value));
    }

    public TorchPickleWriter Global(string module, string name) => Op('c').Raw(Encoding.ASCII.GetBytes($"{module}\n{name}\n"));

    /// <summary>Pushes _rebuild_tensor_v2 of a float32 storage (key "0", <paramref name="storageCount"/> elements) as a view.</summary>
    public TorchPickleWriter Tensor(long storageCount, long offset, long[] shape, long[] stride)
    {
        Global("torch._utils", "_rebuild_tensor_v2").Op('(');
        Op('(').Text("storage").Global("torch", "FloatStorage").Text("0").Text("cpu").Int(storageCount).Op('t').Op('Q');
        Int(offset).Op('(');
        foreach (var size in shape) Int(size);
        Op('t').Op('(');
        foreach (var step in stride) Int(step);
        Op('t').Raw(0x89).Global("collections", "OrderedDict").Op(')').Op('R');
        return Op('t').Op('R');
    }

    public byte[] Bytes => [.. _bytes];

    /// <summary>Saves the pickle (ended with STOP) and float32 <paramref name="storage"/> as a torch.save zip (its storage deflated when <paramref name="storageLevel"/> says so; torch.save never does).</summary>
    public string Save(string path, float[] storage, string? byteOrder = null, CompressionLevel storageLevel = CompressionLevel.NoCompression)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "archive/data.pkl", [.. _bytes, (byte)'.']);
        var data = new byte[storage.Length * 4];
        for (var i = 0; i < storage.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * 4), storage[i]);
        Entry(zip, "archive/data/0", data, storageLevel);
        if (byteOrder is not null) Entry(zip, "archive/byteorder", Encoding.ASCII.GetBytes(byteOrder));
        return path;
    }

    static void Entry(ZipArchive zip, string name, byte[] bytes, CompressionLevel level = CompressionLevel.NoCompression)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        stream.Write(bytes);
    }
}
