// The dataset's inputs read in the background: the rows a batch waits for are the file's, a short file fails
// the waiting batch with a hint, and cancelling stops a waiting batch.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation;

namespace Backend.Tests.Evaluation;

public sealed class StreamedInputsTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-streamed-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string Write(float[] values, params int[] shape)
    {
        var path = Path.Combine(_folder, $"inputs-{Guid.NewGuid():N}.npy");
        NpyArray.OfFloats(values, shape).Write(path);
        return path;
    }

    static StreamedInputs Start(string path, CancellationToken cancellationToken = default)
    {
        var (shape, values) = NpyArray.OpenFloat32(path) ?? throw new InvalidOperationException("not float32");
        return StreamedInputs.Start(values, shape[0], shape[1..].Aggregate(1, (a, b) => a * b), path, cancellationToken);
    }

    [Fact]
    public void Every_row_read_in_the_background_equals_the_files()
    {
        // 3000 rows of 784 floats: more than one read chunk, so later rows arrive after the first are handed out.
        var values = Enumerable.Range(0, 3000 * 784).Select(i => (float)(i % 9973) / 7).ToArray();
        var inputs = Start(Write(values, 3000, 28, 28));
        Assert.Equal(values.AsSpan(0, 784).ToArray(), inputs.UpTo(1, default).AsSpan(0, 784).ToArray());
        Assert.Equal(values, inputs.UpTo(3000, default));
    }

    [Fact]
    public void A_file_that_is_not_float32_is_left_to_the_whole_file_reader()
    {
        var path = Path.Combine(_folder, "labels.npy");
        NpyArray.OfInt64([1, 2, 3], 3).Write(path);
        Assert.Null(NpyArray.OpenFloat32(path));
    }

    [Fact]
    public void A_file_shorter_than_its_header_promises_is_refused_before_reading()
    {
        var path = Write(new float[40], 10, 4);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^20]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => NpyArray.OpenFloat32(path)).Message);
    }

    [Fact]
    public void Cancelling_stops_the_background_read_and_the_batch_waiting_for_it()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var inputs = Start(Write(new float[4000 * 784], 4000, 784), cancel.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => inputs.UpTo(4000, cancel.Token));
    }
}
