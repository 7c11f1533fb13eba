// The mark an importer leaves on the spec it writes ("importedFrom": {"kind": "mlflow", "store": "mlruns"}), so a
// later import may refresh that spec, and only that one: a spec the user wrote, or one imported from another
// store, is never rewritten without --force. The spec parser ignores top-level fields it does not know, so the mark
// costs the Model Map nothing.
using System.Text.Json.Nodes;

namespace CompressCompare.Backend.Importers;

/// <param name="Kind">"mlflow" or "dvc".</param>
/// <param name="Field">The name of the field holding the source's path: "store" (an mlruns folder) or "input" (an exp show file).</param>
/// <param name="Path">The source's path relative to the spec's folder, with '/' separators, so the mark survives moving the study.</param>
public sealed record ImportSource(string Kind, string Field, string Path)
{
    public const string SpecField = "importedFrom";
    public const string KindField = "kind";

    /// <summary>The mark for a source at <paramref name="sourcePath"/> imported into the spec at <paramref name="specPath"/>.</summary>
    public static ImportSource For(string kind, string field, string sourcePath, string specPath)
    {
        var specFolder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(specPath))!;
        var relative = System.IO.Path.GetRelativePath(specFolder, System.IO.Path.GetFullPath(sourcePath)).Replace('\\', '/');
        return new(kind, field, relative.TrimEnd('/'));
    }

    public JsonObject ToJson() => new() { [KindField] = Kind, [Field] = Path };

    /// <summary>Whether <paramref name="mark"/> (a spec's "importedFrom") names this same importer and source.</summary>
    public bool Matches(JsonNode? mark) =>
        mark is JsonObject o
        && o[KindField] is JsonValue kind && kind.TryGetValue<string>(out var k) && k == Kind
        && o[Field] is JsonValue path && path.TryGetValue<string>(out var p) && p.TrimEnd('/') == Path;

    /// <summary>The mark's source in words, for the message that refuses a foreign spec.</summary>
    public static string Describe(JsonNode? mark) =>
        mark is JsonObject o ? $"it was imported from {o.ToJsonString()}" : "it was not written by an importer";
}
