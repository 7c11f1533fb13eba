// The exact bytes of a spec as some work read it, so a later write can refuse when the file changed since.
using System.Security.Cryptography;
using CompressCompare.Backend.Files;

namespace CompressCompare.Backend.Spec;

public sealed record SpecSnapshot(string Path, byte[] Bytes)
{
    /// <summary>Computed on first use: only a spec about to be rewritten needs it, not every read.</summary>
    public string Sha256 => field ??= Convert.ToHexString(SHA256.HashData(Bytes));

    /// <summary>Reads the spec through the path policy; <see cref="Path"/> stays as the user named it (a link stays a link).</summary>
    public static async Task<SpecSnapshot> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = System.IO.Path.GetFullPath(path);
        var real = WorkspacePolicy.Current.SpecToRead(full);
        return new(full, await BoundedRead.AllBytesAsync(real, FileKind.Spec, cancellationToken));
    }
}
