// The texts of a text dataset, one per instance: the lines of a UTF-8 file, or one column of a CSV with a header.
// Read whole before any batch runs (a texts file is small next to its tokens), so a missing file or column, or a
// count that does not match the labels, is refused with the file named before anything runs or is cached.
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Evaluation.Text;

internal static class TextsFile
{
    /// <summary>The texts in file order; <paramref name="column"/> null for one text per line.</summary>
    public static string[] Read(string path, string? column)
    {
        try
        {
            return column is null ? ReadLines(path) : ReadColumn(path, column);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new EvaluationException($"Cannot read the dataset's texts {path}: {e.Message}",
                column is null ? "Write the texts as a UTF-8 file with one text per line, in dataset order."
                    : $"Write the texts as a UTF-8 CSV with a header that names \"{column}\", one row per instance.", path, e);
        }
    }

    static string[] ReadLines(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        for (string? line; (line = BoundedLines.ReadLine(reader, path, lines.Count + 1)) is not null;) lines.Add(line);
        return [.. lines];
    }

    static string[] ReadColumn(string path, string column)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var header = BoundedLines.ReadLine(reader, path, 1) is { } first ? BoundedLines.Cells(first, path, 1) : [];
        var index = Array.IndexOf(header, column);
        if (index < 0)
            throw new EvaluationException($"The dataset's texts {path} have no column \"{column}\" (its header: {string.Join(", ", header.Take(12).Select(h => $"\"{h}\""))}).",
                "Set the text's \"column\" to the header name of the column holding the texts, or leave \"column\" out for a file of one text per line.", path);
        var texts = new List<string>();
        for (var lineNumber = 2; BoundedLines.ReadLine(reader, path, lineNumber) is { } line; lineNumber++)
        {
            var cells = BoundedLines.Cells(line, path, lineNumber);
            if (index >= cells.Length)
                throw new EvaluationException($"Line {lineNumber} of the dataset's texts {path} has {cells.Length} cells, so no \"{column}\" (cell {index + 1}).",
                    "Give every row a value for each header column (texts holding line breaks are not supported; write them on one line).", path);
            texts.Add(cells[index]);
        }
        return [.. texts];
    }
}
