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
            // A binary dataset's labels are 0 or 1 whether or not it names its two classes.
            var classCount = dataset.Task == DatasetTask.Binary ? 2 : dataset.Classes.Count;
            for (var i = 0; i < labels.Length; i++)
            {
                var label = array.Integers[i];
                if (label < 0 || classCount > 0 && label >= classCount)
                    throw new BackendException(RpcErrorCodes.InvalidRequest,
                        $"Label {label} of instance {i} in {path} is outside the dataset's {classCount} classes.",
                        new RpcErrorData { File = path, Hint = "List every class name in the dataset's \"classes\", in class-index order." });
                labels[i] = (int)label;
            }
            return labels;
        });
    }

    /// <summary>
    /// Regression labels as floats, row-major [instances × outputs]: a .npy shaped [N] (one output) or [N, outputs]
    /// of any numeric dtype, checked against the models' outputs.
    /// </summary>
    public float[] Targets(ParsedSpec spec, int instances, int outputs)
    {
        var path = Resolve(spec, Require(spec).Labels!);
        var array = Cached(path, () => ReadNpy(path, "labels"));
        var fits = array.Shape.Length switch
        {
            1 => outputs == 1 && array.Shape[0] == instances,
            2 => array.Shape[0] == instances && array.Shape[1] == outputs,
            _ => false,
        };
        if (!fits)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"The labels {path} are shaped [{string.Join(", ", array.Shape)}], but the models give {instances} instances of {outputs} output{(outputs == 1 ? "" : "s")}.",
                new RpcErrorData { File = path, Hint = $"Save the regression targets shaped [{instances}{(outputs == 1 ? "" : $", {outputs}")}], one row per instance in dataset order, or remove \"labels\" to compare with the base alone." });
        return array.Floats ?? [.. array.Integers!.Select(v => (float)v)];
    }

    /// <summary>Multilabel labels as 0/1 bytes, row-major [instances × classes], from a .npy of that shape (bool, integers or floats of 0 and 1).</summary>
    public byte[] MultilabelLabels(ParsedSpec spec, int instances, int classes)
    {
        var dataset = Require(spec);
        if (dataset.Labels is null)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The multilabel dataset of {spec.Path} names no labels file.",
                new RpcErrorData { File = spec.Path, Hint = $"Add \"labels\": a .npy of 0/1 shaped [{instances}, {classes}], one column per class." });
        var path = Resolve(spec, dataset.Labels);
        var array = Cached(path, () => ReadNpy(path, "labels"));
        if (array.Shape.Length != 2 || array.Shape[0] != instances || array.Shape[1] != classes)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"The multilabel labels {path} are shaped [{string.Join(", ", array.Shape)}], but the models give {instances} instances of {classes} classes.",
                new RpcErrorData { File = path, Hint = $"Save the labels as 0/1 shaped [{instances}, {classes}]: one row per instance, one column per class." });
        var bits = new byte[array.Count];
        for (var j = 0; j < bits.Length; j++)
        {
            var value = array.Integers is { } integers ? integers[j] : array.Floats![j];
            if (value is not (0 or 1))
                throw new BackendException(RpcErrorCodes.InvalidRequest,
                    $"Label {value} of instance {j / classes}, class {j % classes} in {path} is neither 0 nor 1.",
                    new RpcErrorData { File = path, Hint = "Save multilabel labels as 0 (absent) and 1 (present), e.g. numpy.save(path, y.astype('int8'))." });
            bits[j] = (byte)value;
        }
        return bits;
    }

    /// <summary>Strings of the "generation" task (a model's outputs or the references), kept for the file's version.</summary>
    public string[] GeneratedTexts(ParsedSpec spec, string relative, string column, string role, FileKind kind)
    {
        var path = Resolve(spec, relative, kind);
        return Cached(path, () =>
        {
            try { return Behaviors.GeneratedTexts.Read(path, column); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot read {role} {path}: {e.Message}",
                    new RpcErrorData { File = path, Hint = $"Write a CSV with a header and a \"{column}\" column (or one column), one row per instance, or a text file with one line per instance." });
            }
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

    /// <summary>The texts, one per line, or the CSV <paramref name="column"/> of a text dataset's texts file.</summary>
    public string[] Texts(ParsedSpec spec, string relative, string? column = null)
    {
        var path = Resolve(spec, relative, FileKind.Table);
        return Cached(path, () =>
        {
            try { return column is null ? File.ReadAllLines(path) : Evaluation.Text.TextsFile.Read(path, column); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot read the dataset's texts {path}: {e.Message}",
                    new RpcErrorData { File = path, Hint = "Check the instance's \"texts\" path (relative to the spec): a UTF-8 file, one instance per line." });
            }
            catch (Evaluation.EvaluationException e)
            {
                throw new BackendException(RpcErrorCodes.InvalidRequest, e.Message, new RpcErrorData { File = e.File, Hint = e.Hint });
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
