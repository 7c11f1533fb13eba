// Outputs computed elsewhere, for models the backend cannot run: a model's "outputs" names an Arrow IPC file
// (class columns, as the cache writes them or just probabilities/logits) or a CSV (a header row, one column
// per class named by class name or index, an optional "label" column that is ignored).
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;
using System.Globalization;

namespace CompressCompare.Backend.Evaluation;

internal static class PrecomputedOutputs
{
    public static ModelOutputs Read(string modelId, string path, IReadOnlyList<string> classNames, int instances,
        Protocol.Spec.DatasetTask task = Protocol.Spec.DatasetTask.Classification)
    {
        // Only classification and multilabel outputs have a column per named class; a binary logit or a vector does not.
        if (task is not (Protocol.Spec.DatasetTask.Classification or Protocol.Spec.DatasetTask.Multilabel)) classNames = [];
        if (!File.Exists(path))
            throw new EvaluationException($"The outputs file {path} of model \"{modelId}\" does not exist.",
                "Fix the model's \"outputs\" path (relative to the spec file), or write the file.", path);
        List<(string Name, float[] Values)> columns;
        int rows;
        try
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".arrow" or ".feather" or ".ipc":
                    var table = ArrowOutputsFile.Read(path);
                    (columns, rows) = ([.. table.ClassColumns], table.Rows);
                    break;
                case ".csv":
                    (columns, rows) = ReadCsv(path);
                    break;
                default:
                    throw new EvaluationException($"The outputs file {path} of model \"{modelId}\" is neither .arrow nor .csv.",
                        "Write the outputs as an Arrow IPC file (.arrow) or a CSV (.csv) with one column per class.", path);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw new EvaluationException($"Cannot read the outputs file {path} of model \"{modelId}\": {e.Message}",
                "Write it again: one row per dataset instance, one numeric column per class (probabilities or logits).", path, e);
        }
        if (rows != instances)
            throw new EvaluationException($"The outputs file {path} of model \"{modelId}\" has {rows} rows, but the dataset has {instances} instances.",
                "Write one row per dataset instance, in the dataset's order.", path);
        var ordered = OrderByClass(columns, classNames, modelId, path);
        var classes = ordered.Count;
        var raw = new float[(long)rows * classes];
        for (var c = 0; c < classes; c++)
            for (var i = 0; i < rows; i++) raw[(long)i * classes + c] = ordered[c][i];
        return TaskOutputs.FromRaw(modelId, raw, rows, classes, task, path);
    }

    /// <summary>Columns in class-index order: by class name, by index ("3" or "p3"), or as written when names say neither.</summary>
    static List<float[]> OrderByClass(List<(string Name, float[] Values)> columns, IReadOnlyList<string> classNames, string modelId, string path)
    {
        if (columns.Count == 0 || (classNames.Count > 0 && columns.Count != classNames.Count))
            throw new EvaluationException(
                $"The outputs file {path} of model \"{modelId}\" has {columns.Count} class columns, but the dataset has {classNames.Count} classes.",
                "Write one numeric column per class (named by class name or index), plus an optional \"label\" column.", path);
        var names = columns.Select(c => c.Name).ToList();
        if (classNames.Count > 0 && classNames.All(names.Contains) && names.Distinct().Count() == names.Count)
            return [.. classNames.Select(n => columns[names.IndexOf(n)].Values)];
        var indices = names.Select(IndexOf).ToList();
        if (indices.All(i => i >= 0 && i < columns.Count) && indices.Distinct().Count() == columns.Count)
            return [.. Enumerable.Range(0, columns.Count).Select(i => columns[indices.IndexOf(i)].Values)];
        return [.. columns.Select(c => c.Values)];
    }

    static int IndexOf(string name)
    {
        var digits = name.StartsWith('p') ? name[1..] : name;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }

    static (List<(string, float[])> Columns, int Rows) ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = BoundedLines.ReadLine(reader, path, 1) is { } first
            ? BoundedLines.Cells(first, path, 1).Select(h => h.Trim()).ToArray()
            : throw new InvalidDataException("The file is empty; it needs a header row.");
        var keep = header.Select((name, i) => (name, i)).Where(h => !h.name.Equals(ArrowOutputsFile.Label, StringComparison.OrdinalIgnoreCase)).ToList();
        var values = keep.Select(_ => new List<float>()).ToArray();
        var rows = 0;
        long cells = 0;
        for (var lineNumber = 2; BoundedLines.ReadLine(reader, path, lineNumber) is { } line; lineNumber++)
        {
            if (line.Length == 0) continue;
            var row = BoundedLines.Cells(line, path, lineNumber);
            if (row.Length != header.Length)
                throw new InvalidDataException($"Row {rows + 2} has {row.Length} cells; the header has {header.Length}.");
            // Each kept cell becomes a float in a list that may double: 8 bytes a value at worst.
            cells += keep.Count;
            MemoryBudget.Check(cells, 8, path, $"{rows + 1} rows of {keep.Count} outputs");
            for (var k = 0; k < keep.Count; k++)
            {
                var cell = row[keep[k].i];
                if (!float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new InvalidDataException($"Row {rows + 2}, column \"{Names.Short(keep[k].name)}\" is not a number.");
                values[k].Add(v);
            }
            rows++;
        }
        return ([.. keep.Select((h, k) => (h.name, values[k].ToArray()))], rows);
    }
}
