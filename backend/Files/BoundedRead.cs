// Reads a whole file no larger than a limit, counting what it actually reads: a file that grows while it
// is read (or reports a length it does not have) stops at the limit instead of filling memory.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Files;

public static class BoundedRead
{
    public static async Task<byte[]> AllBytesAsync(string path, FileKind kind, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var expected = stream.Length;
        if (expected > kind.MaxBytes) throw TooLarge(path, kind);
        var buffer = new MemoryStream((int)Math.Min(expected, Array.MaxLength));
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > kind.MaxBytes) throw TooLarge(path, kind);
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    static BackendException TooLarge(string path, FileKind kind) =>
        new(RpcErrorCodes.PathRefused, $"{path} holds more than {kind.MaxBytes / (1024 * 1024)} MiB; {kind.Name} files that large are refused.",
            new RpcErrorData { File = path, Hint = $"Check {kind.Setting}: it most likely names the wrong file." });
}
