// Finds the data shipped with the backend: next to the program (published builds copy data/ there) or,
// when run from a checkout, in the repository's data/ folder.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Demo;

public static class BundledData
{
    public static string DigitsPath() => Find(DigitsDataset.RelativePath, "digits data");

    /// <summary>The text walkthrough's labelled sentences (data/topics/sentences.csv).</summary>
    public static string TopicSentencesPath() => Find(Text.TopicSentences.RelativePath, "topic sentences");

    static string Find(string relativePath, string what)
    {
        var candidates = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory }
            .SelectMany(Ancestors).Select(d => Path.Combine(d, relativePath));
        return candidates.FirstOrDefault(File.Exists) ?? throw new BackendException(RpcErrorCodes.InvalidRequest,
            $"The {what} ({relativePath}) is not next to the backend nor in a parent folder.",
            new RpcErrorData { Hint = "Run from the repository root, or rebuild the backend so data/ is copied to its output." });
    }

    static IEnumerable<string> Ancestors(string folder)
    {
        for (var d = new DirectoryInfo(folder); d is not null; d = d.Parent) yield return d.FullName;
    }
}
