// SHA-256 of file contents, the key of the output cache. Hashing a dataset or model costs a read of the whole
// file, so each (path, size, mtime) is hashed once per process: reopening a view re-hashes nothing.
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CompressCompare.Backend.Evaluation;

internal static class ContentHash
{
    static readonly ConcurrentDictionary<(string Path, long Size, DateTime Modified), string> known = new();

    /// <summary>Lower-case hex SHA-256 of the file's bytes; cancellable between 1 MiB reads (models run to gigabytes).</summary>
    public static string Of(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        var key = (info.FullName, info.Length, info.LastWriteTimeUtc);
        if (known.TryGetValue(key, out var hash)) return hash;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            // Reads at most the length the file had when it was looked up: a file that grows meanwhile cannot keep it going.
            for (var left = info.Length; left > 0 && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left))) > 0; left -= read)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sha.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        known[key] = hash;
        return hash;
    }

    /// <summary>Lower-case hex SHA-256 of a model's outputs as they are held in memory (probabilities, predictions, confidences).</summary>
    public static string Of(ModelOutputs outputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(outputs.Probabilities.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(outputs.Predicted.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(outputs.Confidence.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="text"/> in UTF-8: a name that is part of a cache key.</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>One hash for several files, in order (the dataset is its inputs and its labels).</summary>
    public static string Combine(params string[] hashes) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Join(':', hashes))));
}
