// The dataset's instance attributes (a CSV with a header and one row per instance) that define subgroups,
// e.g. "young" = "true". Read once per file version; values are kept as written.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Files;
using System.Text;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Behaviors;

/// <summary>One CSV column: its distinct values in ordinal order and each instance's value as an index into them.</summary>
public sealed record AttributeColumn(string Name, IReadOnlyList<string> Values, InstanceGrouping Grouping);

public sealed class AttributeTable
{
    AttributeTable(IReadOnlyList<string> names, string[][] rows, IReadOnlyList<AttributeColumn> columns)
    {
        Names = names;
        _rows = rows;
        Columns = columns;
    }

    readonly string[][] _rows;
    public IReadOnlyList<string> Names { get; }
    public IReadOnlyList<AttributeColumn> Columns { get; }
    public int Count => _rows.Length;

    public static readonly AttributeTable Empty = new([], [], []);

    public IReadOnlyDictionary<string, string> Row(int instance)
    {
        var row = new Dictionary<string, string>(Names.Count);
        for (var c = 0; c < Names.Count; c++) row[Names[c]] = _rows[instance][c];
        return row;
    }

    public static AttributeTable Read(string path)
    {
        List<string[]> records;
        try { records = ReadRecords(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot read the dataset's attributes {path}: {e.Message}",
                new RpcErrorData { File = path, Hint = "Check the \"attributes\" path of the spec's dataset (relative to the spec), or remove it." });
        }
        catch (InvalidDataException e)
        {
            throw new BackendException(RpcErrorCodes.ModelFileInvalid, e.Message,
                new RpcErrorData { File = path, Hint = "Write a header line of attribute names, then one line per instance, as a CSV file." });
        }
        if (records.Count == 0)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"The dataset's attributes file {path} is empty.",
                new RpcErrorData { File = path, Hint = "Write a header line of attribute names, then one line per instance." });
        var names = records[0];
        var rows = records.Skip(1).ToArray();
        var bad = Array.FindIndex(rows, r => r.Length != names.Length);
        if (bad >= 0)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"Line {bad + 2} of {path} has {rows[bad].Length} values but the header names {names.Length} attributes.",
                new RpcErrorData { File = path, Hint = "Give every instance one value per attribute (quote values that contain commas)." });
        return new AttributeTable(names, rows, [.. names.Select((name, c) => Column(name, c, rows))]);
    }

    /// <summary>The non-empty lines split into cells, within BoundedLines' limits and the memory budget.</summary>
    static List<string[]> ReadRecords(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var records = new List<string[]>();
        long cells = 0;
        for (var lineNumber = 1; BoundedLines.ReadLine(reader, path, lineNumber) is { } line; lineNumber++)
        {
            if (line.Length == 0) continue;
            var record = BoundedLines.Cells(line, path, lineNumber);
            // A cell costs its string and a reference, and each column a dictionary entry: about 64 bytes a cell.
            cells += record.Length;
            MemoryBudget.Check(cells, 64, path, $"{records.Count + 1} lines of attributes");
            records.Add(record);
        }
        return records;
    }

    static AttributeColumn Column(string name, int column, string[][] rows)
    {
        var values = rows.Select(r => r[column]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
        var groupOf = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++) groupOf[i] = index[rows[i][column]];
        return new AttributeColumn(name, values, new InstanceGrouping(values.Count, groupOf));
    }
}
