// Damaged Arrow outputs files end in InvalidDataException (which PrecomputedOutputs turns into ModelNotEvaluable and
// the output cache into a re-evaluation), never in whatever Apache.Arrow throws: the fuzzer found an
// InvalidOperationException from a rewritten message length (seed 1, file:161), and an OutOfMemoryException when a
// body length became 2^31 − 1 (seed 1796541835, file:1094): the stream reader rented a buffer that large; and a
// record batch whose length became 256 (seed 202, file:1817) read as a 256-row table of 3-value columns, which
// PrecomputedOutputs then indexed past their ends. A table that reads has every column as long as its rows.
using CompressCompare.Backend.Evaluation;

namespace Backend.Tests.Evaluation;

public sealed class HostileArrowOutputsTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-hostile-arrow-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_truncation_and_every_byte_set_to_0xFF_is_read_or_refused_as_invalid_data()
    {
        var valid = ValidFile();
        var unexpected = new List<string>();
        for (var at = 0; at < valid.Length; at++)
        {
            foreach (var bytes in new[] { valid[..at], [.. valid[..at], 0xFF, .. valid[(at + 1)..]] })
            {
                ReadOrRefuse(bytes, $"{(bytes.Length == at ? "cut" : "0xFF")} at {at}", unexpected);
            }
        }
        Assert.Empty(unexpected);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(256)]
    public void A_length_written_anywhere_is_read_or_refused_as_invalid_data(int length)
    {
        var valid = ValidFile();
        var unexpected = new List<string>();
        foreach (var width in new[] { 4, 8 })
            for (var at = 0; at + width <= valid.Length; at++)
            {
                var bytes = valid.ToArray();
                if (width == 8) BitConverter.TryWriteBytes(bytes.AsSpan(at), (long)length);
                else BitConverter.TryWriteBytes(bytes.AsSpan(at), length);
                ReadOrRefuse(bytes, $"int{width * 8} {length} at {at}", unexpected);
            }
        Assert.Empty(unexpected);
    }

    static byte[] ValidFile()
    {
        var outputs = ModelOutputsBuilder.FromRaw("m", [0.1f, 0.9f, 0.8f, 0.2f, 0.5f, 0.5f], 3, 2);
        using var stream = new MemoryStream();
        ArrowOutputsFile.Write(stream, outputs, new Dictionary<string, string> { ["format"] = "1" });
        return stream.ToArray();
    }

    /// <summary>Reads <paramref name="bytes"/> as an outputs file; anything but success or InvalidDataException is recorded.</summary>
    void ReadOrRefuse(byte[] bytes, string label, List<string> unexpected)
    {
        var path = Path.Combine(_dir, "outputs.arrow");
        File.WriteAllBytes(path, bytes);
        try
        {
            var table = ArrowOutputsFile.Read(path);
            if (table.ClassColumns.FirstOrDefault(c => c.Values.Length != table.Rows) is { Name: var name, Values.Length: var count })
                unexpected.Add($"{label}: column {name} has {count} values for {table.Rows} rows");
            if (table.Confidence is { Length: var confidence } && confidence != table.Rows)
                unexpected.Add($"{label}: {confidence} confidences for {table.Rows} rows");
        }
        catch (InvalidDataException) { }
        catch (Exception e) { unexpected.Add($"{label}: {e.GetType().Name}"); }
    }
}
