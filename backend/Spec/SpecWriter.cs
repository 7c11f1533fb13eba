// Appends models to a user's spec without disturbing anything else: the new entries are inserted as text
// before the closing bracket of "models", so every other byte (unknown fields, key order, formatting,
// comments) stays as the user wrote it. The write is atomic (temp file in the same folder + rename) and
// refused when the file changed since it was read.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

public static class SpecWriter
{
    static readonly JsonSerializerOptions Indented = new(WireJson.CreateOptions()) { WriteIndented = true };

    /// <summary>
    /// Appends <paramref name="models"/> (each a JSON object with at least an "id") to the spec read as <paramref name="snapshot"/>,
    /// and <paramref name="operations"/> (declarations the models use and the spec lacks) to its "operations" array when it has one:
    /// a spec that declares operations warns about any it does not declare.
    /// </summary>
    public static async Task AppendModelsAsync(SpecSnapshot snapshot, IReadOnlyList<JsonObject> models, CancellationToken cancellationToken,
        IReadOnlyList<JsonObject>? operations = null)
    {
        if (models.Count == 0) return;
        // Inserted into the bytes as they were read: WriteAtomicallyAsync refuses, right before its rename, a spec that changed since.
        var updated = Insert(snapshot, models, cancellationToken, operations);
        await WriteAtomicallyAsync(snapshot, updated, cancellationToken);
    }

    /// <summary>The spec's new bytes with the models (and operation declarations) inserted; exposed for tests.</summary>
    internal static byte[] Insert(SpecSnapshot spec, IReadOnlyList<JsonObject> models, CancellationToken cancellationToken,
        IReadOnlyList<JsonObject>? operations = null)
    {
        var text = spec.Bytes;
        var lines = new LineIndex(text);
        if (!JsonPositionTree.TryParse(text, lines, cancellationToken, out var tree, out var error))
            throw NotWritable(spec.Path, $"it is not valid JSON ({error!.Message} at {Position(lines, error.ByteOffset)})", "Fix the JSON first.");
        if (tree!.Root is not JsonObjectNode root || root.Find(SpecFields.Top.Models) is not JsonArrayNode array)
            throw NotWritable(spec.Path, "it has no top-level \"models\" array", "Add \"models\": [] to the spec.");

        // The ids already in the file, read from the tree just parsed (no second parse of the whole spec).
        var existing = array.Items.OfType<JsonObjectNode>()
            .Select(m => (m.Find(SpecFields.Model.Id) as JsonScalarNode)?.Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var id = model[SpecFields.Model.Id]?.GetValue<string>()
                ?? throw NotWritable(spec.Path, "a new model has no \"id\"", "Give every model an id.");
            if (!existing.Add(id))
                throw NotWritable(spec.Path, $"it already has a model \"{id}\"", "Choose another id, or remove the existing model first.");
        }

        var newline = text.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
        var insertions = new List<(int At, byte[] Bytes)> { Insertion(text, array, models, newline) };
        if (operations is { Count: > 0 } && root.Find(SpecFields.Top.Operations) is JsonArrayNode declared)
        {
            // An operation the spec declares already gains only the parameters its declaration lacks; the others are appended whole.
            var fresh = new List<JsonObject>();
            foreach (var operation in operations)
            {
                var name = operation[SpecFields.Operation.Name]?.GetValue<string>();
                var declaration = declared.Items.OfType<JsonObjectNode>().LastOrDefault(o =>
                    string.Equals((o.Find(SpecFields.Operation.Name) as JsonScalarNode)?.Text, name, StringComparison.OrdinalIgnoreCase));
                if (declaration is null) fresh.Add(operation);
                else if (declaration.Find(SpecFields.Operation.Parameters) is JsonObjectNode parameters
                    && operation[SpecFields.Operation.Parameters] is JsonObject wanted
                    && PropertyInsertion(text, parameters, wanted, newline) is { } insertion)
                    insertions.Add(insertion);
            }
            if (fresh.Count > 0) insertions.Add(Insertion(text, declared, fresh, newline));
        }
        // Applied from the end of the file backwards, so each offset still points where it was computed.
        var result = text;
        foreach (var (at, inserted) in insertions.OrderByDescending(i => i.At))
        {
            var next = new byte[result.Length + inserted.Length];
            result.AsSpan(0, at).CopyTo(next);
            inserted.CopyTo(next, at);
            result.AsSpan(at).CopyTo(next.AsSpan(at + inserted.Length));
            result = next;
        }
        return result;
    }

    /// <summary>Where and what to insert so the properties of <paramref name="wanted"/> that <paramref name="target"/> lacks follow its last one; null when it lacks none.</summary>
    static (int At, byte[] Bytes)? PropertyInsertion(byte[] text, JsonObjectNode target, JsonObject wanted, string newline)
    {
        var missing = wanted.Where(p => target.Find(p.Key) is null).ToList();
        if (missing.Count == 0) return null;
        var indent = target.Properties.Count > 0 ? IndentOf(text, target.Properties[0].NameStart) : IndentOf(text, target.Start) + "  ";
        var entries = string.Join("," + newline, missing.Select(p =>
            indent + JsonSerializer.Serialize(p.Key) + ": " + Reindent(p.Value?.ToJsonString(Indented) ?? "null", indent, newline)[indent.Length..]));
        return target.Properties.Count > 0
            ? (target.Properties[^1].Value.End, Encoding.UTF8.GetBytes("," + newline + entries))
            : (target.End - 1, Encoding.UTF8.GetBytes(newline + entries + newline + IndentOf(text, target.Start))); // just before "}"
    }

    /// <summary>Where and what to insert so <paramref name="items"/> follow the last item of <paramref name="array"/>, indented like it.</summary>
    static (int At, byte[] Bytes) Insertion(byte[] text, JsonArrayNode array, IReadOnlyList<JsonObject> items, string newline)
    {
        var itemIndent = array.Items.Count > 0 ? IndentOf(text, array.Items[0].Start) : IndentOf(text, array.Start) + "  ";
        var entries = string.Join("," + newline, items.Select(m => Reindent(m.ToJsonString(Indented), itemIndent, newline)));
        return array.Items.Count > 0
            ? (array.Items[^1].End, Encoding.UTF8.GetBytes("," + newline + entries))
            : (array.End - 1, Encoding.UTF8.GetBytes(newline + entries + newline + IndentOf(text, array.Start))); // just before "]"
    }

    static void RequireUnchanged(SpecSnapshot expected, SpecSnapshot current)
    {
        if (current.Sha256 != expected.Sha256)
            throw new BackendException(RpcErrorCodes.SpecChanged,
                $"Spec file {expected.Path} changed on disk after it was read; nothing was written to it.",
                new RpcErrorData { File = expected.Path, Hint = "Run the command again so it works from the file as it is now." });
    }

    /// <summary>Replaces the spec read as <paramref name="snapshot"/> with <paramref name="bytes"/>, atomically, unless it changed since (also used by Importers).</summary>
    internal static async Task WriteAtomicallyAsync(SpecSnapshot snapshot, byte[] bytes, CancellationToken cancellationToken)
    {
        // A spec that is a symbolic link stays one: the file it leads to (inside the workspace) is replaced, not the link.
        var real = WorkspacePolicy.Current.ToWrite(snapshot.Path, snapshot.Path);
        AtomicFile.RemoveStaleTemps(Path.GetDirectoryName(real)!);
        var temp = AtomicFile.TempPathFor(real);
        try
        {
            // One fsync of the whole file before the rename makes it durable; opening it write-through as well (O_SYNC) synced every
            // write a second time and cost bench add about 5 ms of its 11 ms overhead.
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(real));
            // Last look right before the rename: an editor's save in the meantime must win, not be overwritten.
            RequireUnchanged(snapshot, await SpecSnapshot.ReadAsync(snapshot.Path, CancellationToken.None));
            File.Move(temp, real, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.SpecNotWritable, $"Could not write spec file {snapshot.Path}: {e.Message}",
                new RpcErrorData { File = snapshot.Path, Hint = "Check that the folder is writable; the spec was left unchanged." });
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The whitespace between the start of the line holding <paramref name="offset"/> and the offset.</summary>
    static string IndentOf(byte[] text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ((byte)'\n' or (byte)'\r')) start--;
        var prefix = Encoding.UTF8.GetString(text, start, offset - start);
        return prefix.All(c => c is ' ' or '\t') ? prefix : "";
    }

    static string Reindent(string json, string indent, string newline) =>
        indent + string.Join(newline + indent, json.Split('\n'));

    static string Position(LineIndex lines, int offset)
    {
        var (line, column) = lines.PositionOf(offset);
        return $"line {line}, column {column}";
    }

    static BackendException NotWritable(string path, string why, string hint) =>
        new(RpcErrorCodes.SpecNotWritable, $"Cannot add models to {path}: {why}.", new RpcErrorData { File = path, Hint = hint });
}
