// Real torch.save files with their pickle bytes flipped, cut or repeated (a fixed seed, so failures replay): the
// reader either reads the damaged file or refuses it with a BackendException, and never throws anything else.
using System.IO.Compression;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;

namespace Backend.Tests.Layers.Torch;

public sealed class TorchMutatedCheckpointTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-torch-mutated-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("dtypes.pt")]
    [InlineData("views.pt")]
    [InlineData("nested.pth")]
    public void Mutated_pickles_are_read_or_refused_with_a_coded_error(string fixture)
    {
        var original = RepoPaths.Of(Path.Combine("tests", "fixtures", "torch", fixture));
        var entries = new Dictionary<string, byte[]>();
        using (var zip = ZipFile.OpenRead(original))
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        var pickleName = entries.Keys.Single(k => k.EndsWith("/data.pkl", StringComparison.Ordinal));
        var random = new Random(15);
        var refused = 0;
        for (var round = 0; round < 300; round++)
        {
            var pickle = (byte[])entries[pickleName].Clone();
            switch (round % 3)
            {
                case 0: pickle[random.Next(pickle.Length)] = (byte)random.Next(256); break;
                case 1: pickle = pickle[..random.Next(pickle.Length)]; break;
                default:
                    var at = random.Next(pickle.Length);
                    pickle = [.. pickle[..at], .. pickle[at..Math.Min(pickle.Length, at + 8)], .. pickle[at..]];
                    break;
            }
            var path = Path.Combine(_folder, $"{round}.pt");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                foreach (var (name, bytes) in entries)
                {
                    using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                    stream.Write(name == pickleName ? pickle : bytes);
                }
            try
            {
                using var source = TensorSources.Open(path);
                foreach (var tensor in source.Tensors) source.Read(tensor, new float[tensor.Count]);
            }
            catch (BackendException)
            {
                refused++;
            }
        }
        // Most damage is caught; a flipped byte inside a float or a name can leave a readable file.
        Assert.True(refused > 150, $"only {refused} of 300 damaged pickles were refused");
    }
}
