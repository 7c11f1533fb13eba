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
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();

        // VS Code hides a byte order mark and does not count it as a column; neither do we.
        var utf8 = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var lines = new LineIndex(utf8);
        var sink = new SpecDiagnosticSink(lines, fileExists);

        if (!JsonPositionTree.TryParse(utf8, lines, cancellationToken, out var tree, out var syntaxError))
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
        var specFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath(".");
        var dataset = DatasetReader.Read(top, specFolder, sink);
        var drafts = ModelReader.Read(top, tree, declarations, sink, specFolder, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var (models, roots) = ProvenanceChecker.Resolve(drafts, sink);

        return new ParsedSpec(path, models, declarations.Metrics, declarations.Operations, roots, sink.Sorted(), dataset);
    }

    private static ParsedSpec Empty(string path, SpecDiagnosticSink sink) => new(path, [], [], [], [], sink.Sorted(), null);
}
