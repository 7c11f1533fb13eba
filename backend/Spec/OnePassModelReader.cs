// Reads the spec's models while the JSON is first read, instead of measuring them then and building them again in
// a second pass: at 100,000 models that second pass was as long as the first. Models need the declarations, and a
// model's diagnostics must come after the declarations' and the dataset's, so this only works when "metrics" or
// "operations" come before "models" (as every spec the tool writes has them) and are not given again after it.
// Otherwise what was read here is dropped and SpecParser reads the models from their spans as before: the parse,
// diagnostics included, is the same either way (ParsedSpecDigests pins it).
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>The DeferredItemReader of the top-level "models" array; <see cref="TryTake"/> says whether its reading holds.</summary>
internal sealed class OnePassModelReader(LineIndex lines, Func<string, bool>? fileExists, string path)
{
    private JsonDeferredArrayNode? _array;
    private JsonNode? _metrics;
    private JsonNode? _operations;
    private ModelReader? _reader;
    private SpecDiagnosticSink? _found;
    private bool _abandoned;

    public Action<JsonNode, int>? Begin(JsonObjectNode rootSoFar, JsonPositionTree tree, JsonDeferredArrayNode array)
    {
        // A "models" given twice: the last one counts, as it does for JSON.parse, so only the last is read here.
        _array = null;
        _metrics = rootSoFar.Find(SpecFields.Top.Metrics);
        _operations = rootSoFar.Find(SpecFields.Top.Operations);
        // Neither declared yet: they most likely follow, and reading now would only be done again.
        if (_metrics is null && _operations is null) return null;
        try
        {
            // The declarations' own diagnostics are SpecParser's to report, once; only their content is needed here.
            var declarations = DeclarationReader.Read(rootSoFar, tree, new SpecDiagnosticSink(lines));
            _found = new SpecDiagnosticSink(lines, fileExists);
            _reader = new ModelReader(tree, declarations, _found, SpecParser.FolderOf(path));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A path with no folder, say: the second pass meets the same problem where it always did.
            return null;
        }
        (_array, _abandoned) = (array, false);
        return Read;
    }

    private void Read(JsonNode item, int index)
    {
        if (_abandoned) return;
        try
        {
            // Past the cap the message names how many models there are, unknown until the array ends: the second pass says it.
            if (!_reader!.TryAdd(item, index)) Abandon();
            // The array has met this item and the ones before it (JsonPositionTree adds an item before handing it over).
            else if (index == JsonDeferredArrayNode.ItemsBeforeEstimate - 1) _reader.EnsureCapacity(_array!.EstimatedCount);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Inside the JSON reader an exception would read as bad JSON; the second pass meets it where it always did.
            Abandon();
        }
    }

    private void Abandon()
    {
        _abandoned = true;
        // What was read is dropped: the second pass reads it all again.
        _reader = null;
    }

    /// <summary>
    /// The models read in the first pass, their diagnostics added to <paramref name="sink"/> (after the declarations'
    /// and the dataset's), when the whole file agrees with what they were read against; false when it does not.
    /// </summary>
    public bool TryTake(JsonObjectNode top, SpecDiagnosticSink sink, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModelReader? reader)
    {
        reader = _reader;
        if (_array is null || _abandoned || reader is null
            || !ReferenceEquals(top.Find(SpecFields.Top.Models), _array)
            || !ReferenceEquals(top.Find(SpecFields.Top.Metrics), _metrics)
            || !ReferenceEquals(top.Find(SpecFields.Top.Operations), _operations))
            return false;
        sink.Append(_found!);
        return true;
    }
}
