// Model outputs as an Apache Arrow IPC file: one float32 column per class ("p0", "p1", …), "predicted" (int32)
// and "confidence" (float32), with what the file describes in the schema's metadata. pyarrow, pandas and
// polars read it as a table, and the same reader takes precomputed outputs written by other tools.
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;

namespace CompressCompare.Backend.Evaluation;

internal static class ArrowOutputsFile
{
    public const string Predicted = "predicted";
    public const string Confidence = "confidence";
    public const string Label = "label";
    public static string ClassColumn(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The columns of an Arrow outputs file: numeric class columns in file order, and the optional others.</summary>
    public sealed record Table(IReadOnlyDictionary<string, string> Metadata, int Rows, IReadOnlyList<(string Name, float[] Values)> ClassColumns,
        int[]? Predicted, float[]? Confidence);

    public static void Write(Stream stream, ModelOutputs outputs, IReadOnlyDictionary<string, string> metadata)
    {
        var builder = new Schema.Builder();
        for (var c = 0; c < outputs.Classes; c++)
            builder.Field(f => f.Name(ClassColumn(c)).DataType(FloatType.Default).Nullable(false));
        builder.Field(f => f.Name(Predicted).DataType(Int32Type.Default).Nullable(false));
        builder.Field(f => f.Name(Confidence).DataType(FloatType.Default).Nullable(false));
        foreach (var (key, value) in metadata) builder.Metadata(key, value);
        var schema = builder.Build();

        var columns = new IArrowArray[outputs.Classes + 2];
        var n = outputs.Instances;
        var column = new float[n];
        for (var c = 0; c < outputs.Classes; c++)
        {
            for (var i = 0; i < n; i++) column[i] = outputs.Probabilities[(long)i * outputs.Classes + c];
            columns[c] = new FloatArray.Builder().Reserve(n).Append(column).Build();
        }
        columns[outputs.Classes] = new Int32Array.Builder().Reserve(n).Append(outputs.Predicted).Build();
        columns[outputs.Classes + 1] = new FloatArray.Builder().Reserve(n).Append(outputs.Confidence).Build();
        using var batch = new RecordBatch(schema, columns, n);
        using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }

    /// <summary>
    /// Reads every record batch; float32/float64 columns other than confidence and label are class columns. A file that is
    /// not a readable Arrow IPC file throws InvalidDataException: Apache.Arrow trusts the file's lengths and offsets and
    /// throws whatever it hits (InvalidOperationException, IndexOutOfRangeException...), so its failures are caught here,
    /// and its buffers come from an allocator held to the memory budget.
    /// </summary>
    public static Table Read(string path)
    {
        try
        {
            return ReadUnchecked(path);
        }
        catch (OutOfMemoryException e)
        {
            // Apache.Arrow sizes a list by a count it reads from the file (BuildArrays: the record batch's node count),
            // so a damaged count of 2^31 − 1 fails to allocate before anything is read: that is a damaged file.
            throw new InvalidDataException($"{path} is not a readable Arrow IPC file (it declares more columns or buffers than memory holds): it is damaged or of another format.", e);
        }
        catch (Exception e) when (e is not (InvalidDataException or IOException or UnauthorizedAccessException or BackendException))
        {
            throw new InvalidDataException($"{path} is not a readable Arrow IPC file ({e.GetType().Name} while reading it): it is damaged or of another format.", e);
        }
    }

    static Table ReadUnchecked(string path)
    {
        // Read from memory, not a stream: Apache.Arrow's stream reader rents a buffer of whatever length a message
        // declares (a damaged length of 2^31 − 1 threw OutOfMemoryException), while its memory reader slices the
        // file's bytes, so a length past the end is an out-of-range slice, reported below as a damaged file.
        var bytes = ReadWithinBudget(path);
        // The file format is the stream format between an 8-byte magic and a footer; the stream reader stops at the
        // end-of-stream marker before the footer, and also takes a plain Arrow stream (what some tools write as .arrow).
        var body = bytes.AsMemory(bytes.AsSpan().StartsWith("ARROW1"u8) ? 8 : 0);
        using var reader = new ArrowStreamReader(body);
        var schema = reader.Schema;
        var fields = schema.FieldsList;
        var values = fields.Select(_ => new List<float>()).ToArray();
        var predicted = new List<int>();
        var rows = 0;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                for (var f = 0; f < fields.Count; f++)
                    switch (batch.Column(f))
                    {
                        case FloatArray floats: AppendValues(values[f], floats.Values, floats.NullCount, fields[f].Name, path); break;
                        case DoubleArray doubles:
                            if (doubles.NullCount > 0) throw NullsIn(fields[f].Name, path);
                            foreach (var d in doubles.Values) values[f].Add((float)d);
                            break;
                        case Int32Array ints when fields[f].Name == Predicted: predicted.AddRange(ints.Values.ToArray()); break;
                    }
                rows += batch.Length;
                // Apache.Arrow takes a batch's length and each column's from separate fields of the file: a damaged
                // one would make a table whose rows and columns disagree.
                for (var f = 0; f < fields.Count; f++)
                    if (fields[f].DataType.TypeId is ArrowTypeId.Float or ArrowTypeId.Double && values[f].Count != rows)
                        throw new InvalidDataException($"{path} is not a readable Arrow IPC file: column \"{Models.Names.Short(fields[f].Name)}\" holds {values[f].Count} values in its first {rows} rows; it is damaged.");
            }
        }
        var classColumns = new List<(string, float[])>();
        float[]? confidence = null;
        for (var f = 0; f < fields.Count; f++)
        {
            var type = fields[f].DataType.TypeId;
            if (type is not (ArrowTypeId.Float or ArrowTypeId.Double)) continue;
            if (fields[f].Name == Confidence) confidence = [.. values[f]];
            else if (fields[f].Name != Label) classColumns.Add((fields[f].Name, values[f].ToArray()));
        }
        var metadata = schema.Metadata ?? new Dictionary<string, string>();
        return new Table(metadata, rows, classColumns, predicted.Count == rows && fields.Any(f => f.Name == Predicted) ? [.. predicted] : null, confidence);
    }

    static byte[] ReadWithinBudget(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        MemoryBudget.Check(stream.Length, 1, path, "the Arrow file");
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        return bytes;
    }

    static void AppendValues(List<float> target, ReadOnlySpan<float> source, int nulls, string name, string path)
    {
        if (nulls > 0) throw NullsIn(name, path);
        foreach (var v in source) target.Add(v);
    }

    static InvalidDataException NullsIn(string name, string path) =>
        new($"Column \"{Models.Names.Short(name)}\" of {path} has missing values; every instance needs an output for every class.");
}
