// Reads the lines of a CSV with limits on a line's length and on the number of cells, so a file of one 2 GB line
// or a header of ten million columns is refused with an InvalidDataException before it takes the backend's memory.
using System.Text;

namespace CompressCompare.Backend.Data;

public static class BoundedLines
{
    /// <summary>Longest line accepted: 1 M characters (10,000 classes of probabilities fit in under 200 K).</summary>
    public const int MaxLineChars = 1 << 20;
    /// <summary>Most cells a row may split into.</summary>
    public const int MaxCells = 65_536;

    /// <summary>The next line without its line break, or null at the end; throws when it is longer than <see cref="MaxLineChars"/>.</summary>
    public static string? ReadLine(TextReader reader, string path, int lineNumber)
    {
        var line = new StringBuilder();
        for (int ch; (ch = reader.Read()) >= 0;)
        {
            if (ch == '\n') return line.ToString().TrimEnd('\r');
            if (line.Length == MaxLineChars)
                throw new InvalidDataException($"Line {lineNumber} of {path} is longer than {MaxLineChars} characters; is this a CSV file?");
            line.Append((char)ch);
        }
        return line.Length > 0 ? line.ToString().TrimEnd('\r') : null;
    }

    /// <summary>The cells of one line (CsvLine.Split), refused past <see cref="MaxCells"/>.</summary>
    public static string[] Cells(string line, string path, int lineNumber)
    {
        var cells = CsvLine.Split(line);
        return cells.Length <= MaxCells ? cells
            : throw new InvalidDataException($"Line {lineNumber} of {path} has {cells.Length} cells, more than the {MaxCells} a table may have.");
    }
}
