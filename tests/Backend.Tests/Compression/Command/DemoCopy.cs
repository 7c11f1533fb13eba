// A private copy of the digits demo for tests that compress in it (the fixture's folder is shared by every test),
// and the folder's state as names and hashes: what a refused or cancelled compression must leave as it was.
using System.Security.Cryptography;

namespace Backend.Tests.Compression.Command;

internal sealed class DemoCopy : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-compress-copy-").FullName;
    public string Spec => Path.Combine(Folder, "models.json");
    public string Models => Path.Combine(Folder, "models");

    public DemoCopy(string demoFolder)
    {
        foreach (var file in Directory.GetFiles(demoFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Folder, Path.GetRelativePath(demoFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>Every file under the copy (cache and temporary files included), with its SHA-256.</summary>
    public string[] State() =>
        [.. Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Order()
            .Select(f => $"{Path.GetRelativePath(Folder, f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
