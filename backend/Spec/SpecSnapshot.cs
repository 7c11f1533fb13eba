// The exact bytes of a spec as some work read it, so a later write can refuse when the file changed since.
using System.Security.Cryptography;

namespace CompressCompare.Backend.Spec;

public sealed record SpecSnapshot(string Path, byte[] Bytes)
{
    public string Sha256 { get; } = Convert.ToHexString(SHA256.HashData(Bytes));

    public static async Task<SpecSnapshot> ReadAsync(string path, CancellationToken cancellationToken) =>
        new(System.IO.Path.GetFullPath(path), await File.ReadAllBytesAsync(path, cancellationToken));
}
