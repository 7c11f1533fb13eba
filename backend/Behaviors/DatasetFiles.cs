// The spec's dataset files as the behaviour comparison needs them: labels, attributes, inputs and texts,
// resolved relative to the spec and each kept for its last file version (path + write time), so paging and
// opening instances re-read nothing.
using CompressCompare.Backend.Spec;
using System.Collections.Concurrent;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Behaviors;

public sealed class DatasetFiles
{
    readonly ConcurrentDictionary<string, (DateTime Written, object Value)> _cache = new();

    public static DatasetSummary Require(ParsedSpec spec) =>
        spec.Dataset ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec {spec.Path} names no dataset to compare models on.",
            new RpcErrorData { File = spec.Path, Hint = "Add a \"dataset\" with \"inputs\", \"labels\" and \"classes\" to the spec." });

    public static string Resolve(ParsedSpec spec, string relative, FileKind? kind = null) =>
        WorkspacePolicy.Current.SpecFileToRead(spec.Path, relative, kind ?? FileKind.Dataset);

    /// <summary>The true class of every instance, checked against the class names.</summary>
    public int[] Labels(ParsedSpec spec)
    {
        var dataset = Require(spec);
        if (dataset.Images is not null) return ImageFolderOf(spec).Labels;
        if (dataset.Labels is null)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The dataset of {spec.Path} names no labels file.",
                new RpcErrorData { File = spec.Path, Hint = "Add \"labels\": a .npy of class indices, relative to the spec." });
        var path = Resolve(spec, dataset.Labels);
        return Cached(path, () =>
        {
            var array = ReadNpy(path, "labels");
            if (array.Integers is null)
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"The labels {path} hold dtype {array.DType}, not integers.",
                    new RpcErrorData { File = path, Hint = "Save the class indices as int64 or int32 (numpy.save(path, labels.astype('int64')))." });
            var labels = new int[array.Integers.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                var label = array.Integers[i];
                if (label < 0 || dataset.Classes.Count > 0 && label >= dataset.Classes.Count)
                    throw new BackendException(RpcErrorCodes.InvalidRequest,
                        $"Label {label} of instance {i} in {path} is outside the dataset's {dataset.Classes.Count} classes.",
                        new RpcErrorData { File = path, Hint = "List every class name in the dataset's \"classes\", in class-index order." });
                labels[i] = (int)label;
            }
            return labels;
        });
    }

    /// <summary>The spec's image folder as listed for evaluation, so instance indices agree with the outputs (skipped files left out).</summary>
    internal static Evaluation.Images.ImageFolder ImageFolderOf(ParsedSpec spec)
    {
        try
        {
            return Evaluation.Images.ImageFolder.Open(spec);
        }
        catch (Evaluation.EvaluationException e)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, e.Message, new RpcErrorData { File = e.File ?? spec.Path, Hint = e.Hint });
        }
    }

    /// <summary>The attribute columns, or an empty table when the dataset declares none.</summary>
    public AttributeTable Attributes(ParsedSpec spec, int instances)
    {
        var dataset = Require(spec);
        if (dataset.Attributes is null) return AttributeTable.Empty;
        var path = Resolve(spec, dataset.Attributes, FileKind.Table);
        var table = Cached(path, () => AttributeTable.Read(path));
        if (table.Count != instances)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"The attributes {path} have {table.Count} rows but the dataset has {instances} instances.",
                new RpcErrorData { File = path, Hint = "Write one CSV row per instance, in dataset order, after the header." });
        return table;
    }

    public NpyArray Inputs(ParsedSpec spec)
    {
        var dataset = Require(spec);
        if (dataset.InputFiles is not null)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The dataset of {spec.Path} names an inputs file per model input, so no one array draws an instance as an image.",
                new RpcErrorData { File = spec.Path, Hint = "Give the dataset an \"instance\": {\"type\": \"text\", \"texts\": \"<file with one line per instance>\"} to show each instance as text." });
        if (dataset.Inputs is null)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The dataset of {spec.Path} names no inputs file.",
                new RpcErrorData { File = spec.Path, Hint = "Add \"inputs\": a .npy shaped [N, ...instance shape], relative to the spec." });
        var path = Resolve(spec, dataset.Inputs);
        return Cached(path, () => ReadNpy(path, "inputs"));
    }

    public string[] Texts(ParsedSpec spec, string relative)
    {
        var path = Resolve(spec, relative, FileKind.Table);
        return Cached(path, () =>
        {
            try { return File.ReadAllLines(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot read the dataset's texts {path}: {e.Message}",
                    new RpcErrorData { File = path, Hint = "Check the instance's \"texts\" path (relative to the spec): a UTF-8 file, one instance per line." });
            }
        });
    }

    /// <summary>The file's write time, so a changed file invalidates what was computed from it.</summary>
    public static DateTime WriteTime(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;

    T Cached<T>(string path, Func<T> read) where T : class
    {
        var written = WriteTime(path);
        if (_cache.TryGetValue(path, out var hit) && hit.Written == written && hit.Value is T value) return value;
        var fresh = read();
        _cache[path] = (written, fresh);
        return fresh;
    }

    static NpyArray ReadNpy(string path, string role)
    {
        try { return NpyArray.Read(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot read the dataset's {role} {path}: {e.Message}",
                new RpcErrorData { File = path, Hint = $"Check the dataset's \"{role}\" path (relative to the spec) and save the array with numpy.save." });
        }
    }
}
