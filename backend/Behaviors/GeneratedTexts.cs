// Reads generated strings and reference strings for the "generation" task: a CSV whose named column (or only
// column) holds one string per instance after a header row, or a plain text file with one string per line.
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Behaviors;

public static class GeneratedTexts
{
    /// <summary>The column a model's precomputed outputs CSV holds its generated strings in.</summary>
    public const string PredictionColumn = "prediction";
    /// <summary>The column a references CSV holds the reference strings in.</summary>
    public const string LabelColumn = "label";

    /// <summary>One string per instance; <paramref name="column"/> names the CSV column read when the file has several.</summary>
    /// <exception cref="InvalidDataException">The CSV has several columns and none named <paramref name="column"/>, or a row lacks it.</exception>
    public static string[] Read(string path, string column)
    {
        using var reader = new StreamReader(path);
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var lines = new List<string>();
            for (var n = 1; BoundedLines.ReadLine(reader, path, n) is { } line; n++) lines.Add(line);
            return [.. lines];
        }
        var header = BoundedLines.ReadLine(reader, path, 1) is { } first
            ? BoundedLines.Cells(first, path, 1).Select(h => h.Trim()).ToArray()
            : throw new InvalidDataException("The file is empty; it needs a header row.");
        var index = header.Length == 1 ? 0 : Array.FindIndex(header, h => h.Equals(column, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            throw new InvalidDataException($"It has the columns {string.Join(", ", header)} but none named \"{column}\".");
        var texts = new List<string>();
        for (var n = 2; BoundedLines.ReadLine(reader, path, n) is { } line; n++)
        {
            var cells = BoundedLines.Cells(line, path, n);
            if (cells.Length != header.Length)
                throw new InvalidDataException($"Row {n} has {cells.Length} cells; the header has {header.Length}.");
            texts.Add(cells[index]);
        }
        return [.. texts];
    }
}
