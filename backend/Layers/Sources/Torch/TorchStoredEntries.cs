// Where an uncompressed zip entry's bytes lie in a torch.save checkpoint, so its tensors can be read by position, on
// several threads at once, as safetensors tensors are (torch.save stores every storage uncompressed). System.IO.Compression
// gives no entry offset: the entry's stream is read for one byte and the archive stream's position then says where it
// lay. That is confirmed twice: the first bytes read again at that position are the same, and a local file header
// for this entry that says "stored" ends right there. An entry where either does not hold (compressed, or a zip this
// misreads) is read through its stream, as before.
using CompressCompare.Backend.Files;
using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Layers.Sources.Torch;

internal sealed class TorchStoredEntries(string file, FileStream archive) : IDisposable
{
    const int Probe = 256;
    // Entry name → file offset of its first byte, or -1 when it cannot be read by position.
    readonly ConcurrentDictionary<string, long> _offsets = new();
    SafeFileHandle? _handle;

    /// <summary>The file offset of <paramref name="entry"/>'s bytes, or null when it must be read through its stream. Uses the archive: call it from one thread.</summary>
    public long? Locate(ZipArchiveEntry entry)
    {
        // A damaged entry is left to Read, which reports it with the tensor's name.
        var offset = _offsets.GetOrAdd(entry.FullName, _ => { try { return Find(entry); } catch (Exception e) when (e is InvalidDataException or IOException) { return -1; } });
        return offset < 0 ? null : offset;
    }

    long Find(ZipArchiveEntry entry)
    {
        if (entry.Length == 0 || entry.CompressedLength != entry.Length) return -1;
        var head = new byte[(int)Math.Min(Probe, entry.Length)];
        long offset;
        using (var stream = entry.Open())
        {
            if (stream.Read(head.AsSpan(0, 1)) != 1) return -1;
            offset = archive.Position - 1;
            if (stream.ReadAtLeast(head.AsSpan(1), head.Length - 1, throwOnEndOfStream: false) != head.Length - 1) return -1;
        }
        if (offset < 0 || offset > archive.Length - entry.Length) return -1;
        _handle ??= File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        Span<byte> again = stackalloc byte[head.Length];
        if (RandomAccess.Read(_handle, again, offset) != again.Length || !again.SequenceEqual(head)) return -1;
        return StoredHeaderEndsAt(entry.FullName, offset) ? offset : -1;
    }

    /// <summary>
    /// Whether a local file header for <paramref name="name"/> that says "stored" (method 0) ends right at
    /// <paramref name="offset"/>: then the entry's bytes run on unbroken from there. torch.save pads the header's extra
    /// field to align data to 64 bytes, so the header starts within a few hundred bytes before the data.
    /// </summary>
    bool StoredHeaderEndsAt(string name, long offset)
    {
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        var window = (int)Math.Min(offset, LocalHeader + nameBytes.Length + MaxExtra);
        var bytes = new byte[window];
        if (RandomAccess.Read(_handle!, bytes, offset - window) != window) return false;
        for (var at = window - LocalHeader - nameBytes.Length; at >= 0; at--)
        {
            var header = bytes.AsSpan(at);
            if (header[0] != 0x50 || header[1] != 0x4B || header[2] != 3 || header[3] != 4) continue;
            var (method, nameLength, extraLength) = (ReadUInt16(header[8..]), ReadUInt16(header[26..]), ReadUInt16(header[28..]));
            if (method == 0 && nameLength == nameBytes.Length && at + LocalHeader + nameLength + extraLength == window
                && header.Slice(LocalHeader, nameLength).SequenceEqual(nameBytes))
                return true;
        }
        return false;
    }

    const int LocalHeader = 30;
    const int MaxExtra = 1024;

    static int ReadUInt16(ReadOnlySpan<byte> bytes) => System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    /// <summary>Fills <paramref name="bytes"/> from file offset <paramref name="at"/>; safe on several threads.</summary>
    public void Read(Span<byte> bytes, long at, Func<Exception> cutShort) => PositionalRead.Exactly(_handle!, bytes, at, cutShort);

    public void Dispose() => _handle?.Dispose();
}
