// Turns the text of a spec file into a ParsedSpec with located diagnostics. Pure: no file IO, so the
// extension can hand over unsaved editor text, and tests need no files. The Model Map's layout is not made
// here: the Model Map composes it (ModelMapService.Summarize), and nothing else pays for it.
using System.Text;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// Reads spec files in the format of the original Compress and Compare tool's models.json (and later
/// versions that add fields, which are ignored). Bad input never throws: every problem becomes a
/// diagnostic, and every model that can be read is kept.
/// </summary>
public static class SpecParser
{
    /// <summary>Parses and validates <paramref name="text"/>, the content of the spec at <paramref name="path"/>.</summary>
    /// <param name="fileExists">When given, files the spec names (artifacts, dataset arrays) that it says are missing get a warning.</param>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static ParsedSpec Parse(string path, string text, CancellationToken cancellationToken, Func<string, bool>? fileExists = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // VS Code hides a byte order mark and does not count it as a column; neither do we.
        return ParseUtf8(path, Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text), cancellationToken, fileExists);
    }

    /// <summary>
    /// Parses a spec file's bytes as they are on disk, giving exactly what <see cref="Parse"/> gives for the text a
    /// StreamReader decodes from them, without that text: at 100,000 models it was 71 MB of UTF-16 and a re-encoding.
    /// </summary>
    public static ParsedSpec ParseFile(string path, byte[] content, CancellationToken cancellationToken, Func<string, bool>? fileExists = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var utf8 = content.AsSpan();
        // Invalid UTF-8 (decoded with replacement characters) and UTF-16/32 files go the way of text; they are rare.
        if (utf8.StartsWith([(byte)0xFE, (byte)0xFF]) || utf8.StartsWith([(byte)0xFF, (byte)0xFE]) || utf8.StartsWith([(byte)0, (byte)0, (byte)0xFE, (byte)0xFF])
            || !System.Text.Unicode.Utf8.IsValid(utf8))
        {
            using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Parse(path, reader.ReadToEnd(), cancellationToken, fileExists);
        }
        // The reader drops the file's byte order mark and Parse one more, so a text that starts with two loses both.
        var skip = 0;
        while (skip < 6 && utf8[skip..].StartsWith(Encoding.UTF8.Preamble)) skip += 3;
        return ParseUtf8(path, skip == 0 ? content : content[skip..], cancellationToken, fileExists);
    }

    private static ParsedSpec ParseUtf8(string path, byte[] utf8, CancellationToken cancellationToken, Func<string, bool>? fileExists)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var lines = new LineIndex(utf8);
        var sink = new SpecDiagnosticSink(lines, fileExists);

        var onePass = new OnePassModelReader(lines, fileExists, path);
        if (!JsonPositionTree.TryParse(utf8, lines, cancellationToken, out var tree, out var syntaxError,
                deferredArray: SpecFields.Top.Models, onDeferred: onePass.Begin))
        {
            sink.Error(DiagnosticCodes.InvalidJson, (syntaxError!.ByteOffset, syntaxError.ByteOffset + 1),
                $"The spec is not valid JSON: {syntaxError.Message}. Fix the syntax here (a missing comma, quote or bracket " +
                "just before this point is the usual cause); nothing else in the file can be read until then.");
            return Empty(path, sink);
        }
        if (tree!.Root is not JsonObjectNode top)
        {
            sink.Error(DiagnosticCodes.WrongType, tree.Root.Head,
                $"A spec must be a JSON object with \"{SpecFields.Top.Models}\", \"{SpecFields.Top.Metrics}\" and \"{SpecFields.Top.Operations}\", " +
                $"but this file holds {tree.Root.Description}. Wrap the content in {{ }} under those keys.");
            return Empty(path, sink);
        }

        var declarations = DeclarationReader.Read(top, tree, sink);
        var specFolder = FolderOf(path);
        var dataset = DatasetReader.Read(top, specFolder, sink);
        if (!onePass.TryTake(top, sink, out var reader))
            reader = ModelReader.Read(top, tree, declarations, sink, specFolder, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var (models, roots) = ProvenanceChecker.Resolve(reader.Drafts, reader.IndexById, sink);

        return new ParsedSpec(path, models, declarations.Metrics, declarations.Operations, roots, sink.Sorted(), dataset);
    }

    /// <summary>The folder the spec's relative paths start from.</summary>
    internal static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath(".");

    private static ParsedSpec Empty(string path, SpecDiagnosticSink sink) => new(path, [], [], [], [], sink.Sorted(), null);
}
