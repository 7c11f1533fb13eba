// The per-model output cache: <spec folder>/.compress-compare/cache/<artifact sha256>-<dataset sha256>.arrow.
// A changed model or dataset changes the name, so stale outputs are never read. Files are written to a temp
// name in the same folder and renamed over the final name (atomic on one file system): a crash of the backend
// or a cancellation leaves at most a temp file, never a final one. The write is not flushed to disk (fsync):
// that cost 4–27 ms a model, which every request waited on for its last model, to guard only against power
// loss — and a file the OS lost part of then fails to read back (the metadata carries a SHA-256 of the
// outputs, checked on every read), so it is ignored and replaced like any corrupt file.
using System.Globalization;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal sealed class OutputCache(string specPath)
{
    public const string FolderName = ".compress-compare/cache";
    /// <summary>Bump when the file's columns or metadata change meaning: older files are then ignored.</summary>
    public const string FormatVersion = "2";

    static class Keys
    {
        public const string Format = "compress-compare.format";
        public const string ModelId = "compress-compare.model";
        public const string Source = "compress-compare.source";
        public const string ArtifactHash = "compress-compare.artifact-sha256";
        public const string DatasetHash = "compress-compare.dataset-sha256";
        public const string Classes = "compress-compare.classes";
        public const string Instances = "compress-compare.instances";
        public const string OutputsHash = "compress-compare.outputs-sha256";
    }

    public string Folder { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, FolderName);

    public string FileFor(string artifactHash, string datasetHash) => Path.Combine(Folder, $"{artifactHash}-{datasetHash}.arrow");

    /// <summary>The cached outputs and their source, or null when there are none that match both hashes.</summary>
    public (ModelOutputs Outputs, ModelSource Source)? TryRead(string modelId, string artifactHash, string datasetHash)
    {
        var path = FileFor(artifactHash, datasetHash);
        if (!File.Exists(path)) return null;
        // A cache folder linked out of the workspace is refused here rather than read.
        path = WorkspacePolicy.Current.ToRead(path, specPath, FileKind.Outputs);
        try
        {
            var table = ArrowOutputsFile.Read(path);
            var meta = table.Metadata;
            if (meta.GetValueOrDefault(Keys.Format) != FormatVersion || meta.GetValueOrDefault(Keys.ArtifactHash) != artifactHash ||
                meta.GetValueOrDefault(Keys.DatasetHash) != datasetHash ||
                !int.TryParse(meta.GetValueOrDefault(Keys.Classes), CultureInfo.InvariantCulture, out var classes) ||
                !int.TryParse(meta.GetValueOrDefault(Keys.Instances), CultureInfo.InvariantCulture, out var instances) ||
                instances != table.Rows || classes != table.ClassColumns.Count || classes < 1 ||
                table.Predicted is null || table.Confidence is null)
                return Discard(path);
            var probabilities = new float[(long)instances * classes];
            for (var c = 0; c < classes; c++)
            {
                var column = table.ClassColumns[c].Values;
                for (var i = 0; i < instances; i++) probabilities[(long)i * classes + c] = column[i];
            }
            var outputs = new ModelOutputs(modelId, instances, classes, probabilities, table.Predicted, table.Confidence);
            if (meta.GetValueOrDefault(Keys.OutputsHash) != ContentHash.Of(outputs)) return Discard(path);
            // The source is stored as its wire word; files from before it was recorded were ONNX runs.
            return (outputs, WireEnum.TryParse<ModelSource>(meta.GetValueOrDefault(Keys.Source), out var source) ? source : ModelSource.Onnx);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Truncated or corrupt (a crash of another writer, a disk filling up): evaluate again and replace it.
            return Discard(path);
        }
    }

    /// <summary>Writes the outputs under the final name via a temp file; nothing is left behind on failure.</summary>
    public void Write(ModelOutputs outputs, ModelSource source, string artifactHash, string datasetHash)
    {
        var folder = WorkspacePolicy.Current.ToWrite(Folder, specPath);
        Directory.CreateDirectory(folder);
        if (cleanedFolders.TryAdd(folder, true)) AtomicFile.RemoveStaleTemps(folder);
        AtomicFile.WriteReplacing(Path.Combine(folder, Path.GetFileName(FileFor(artifactHash, datasetHash))), stream =>
            ArrowOutputsFile.Write(stream, outputs, new Dictionary<string, string>
            {
                [Keys.Format] = FormatVersion,
                [Keys.ModelId] = outputs.ModelId,
                [Keys.Source] = WireEnum.Name(source),
                [Keys.ArtifactHash] = artifactHash,
                [Keys.DatasetHash] = datasetHash,
                [Keys.Classes] = outputs.Classes.ToString(CultureInfo.InvariantCulture),
                [Keys.Instances] = outputs.Instances.ToString(CultureInfo.InvariantCulture),
                [Keys.OutputsHash] = ContentHash.Of(outputs),
            }));
    }

    /// <summary>Folders whose leftover temp files (of killed runs) this process already removed.</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> cleanedFolders = new();

    static (ModelOutputs, ModelSource)? Discard(string path)
    {
        // Best effort: if it cannot be deleted now, the next Write replaces it (File.Move overwrites).
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return null;
    }
}
