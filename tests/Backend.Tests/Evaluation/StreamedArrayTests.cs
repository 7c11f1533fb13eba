// The dataset's arrays read in the background: the rows a batch waits for equal what the whole-array reader gives
// for every dtype, a file that ends early fails the waiting batch with the file named, and cancelling mid-read stops
// the read and the batch waiting for it; a cast that follows the read hands out rows as soon as the read has them.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Signatures;

namespace Backend.Tests.Evaluation;

public sealed class StreamedArrayTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-streamed-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string Write(NpyArray array)
    {
        var path = Path.Combine(_folder, $"inputs-{Guid.NewGuid():N}.npy");
        array.Write(path);
        return path;
    }

    /// <summary>A .npy file of <paramref name="descr"/> written byte by byte, as numpy.save would (NpyArray writes only float32 and int64).</summary>
    string WriteRaw(string descr, int[] shape, byte[] data)
    {
        var path = Write(NpyArray.OfInt64([], 0));
        var header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({string.Join(", ", shape)}{(shape.Length == 1 ? "," : "")}), }}";
        header = header.PadRight(header.Length + (64 - (10 + header.Length + 1) % 64) % 64) + "\n";
        File.WriteAllBytes(path, [0x93, .. "NUMPY"u8, 1, 0, (byte)header.Length, (byte)(header.Length >> 8), .. System.Text.Encoding.ASCII.GetBytes(header), .. data]);
        return path;
    }

    [Fact]
    public void Every_float32_row_read_in_the_background_equals_the_files()
    {
        // 3000 rows of 784 floats: more than one read chunk, so later rows arrive after the first are handed out.
        var values = Enumerable.Range(0, 3000 * 784).Select(i => (float)(i % 9973) / 7).ToArray();
        var inputs = StreamedNpy.Open(Write(NpyArray.OfFloats(values, 3000, 28, 28))).Start(default).Floats!;
        Assert.Equal(values.AsSpan(0, 784).ToArray(), inputs.UpTo(1, default).AsSpan(0, 784).ToArray());
        Assert.Equal(values, inputs.UpTo(3000, default));
    }

    [Theory]
    [InlineData("<i8", 8)]
    [InlineData("<i4", 4)]
    [InlineData("<u4", 4)]
    [InlineData("<i2", 2)]
    [InlineData("<u2", 2)]
    [InlineData("|i1", 1)]
    [InlineData("|b1", 1)]
    [InlineData("|u1", 1)]
    [InlineData("<f2", 2)]
    [InlineData("<f8", 8)]
    public async Task A_streamed_array_of_each_dtype_equals_the_whole_read(string descr, int size)
    {
        // 20000 rows of 128 values: several chunks for every dtype.
        var random = new Random(14);
        var bytes = new byte[20000 * 128 * size];
        random.NextBytes(bytes);
        if (descr == "<f2") for (var i = 1; i < bytes.Length; i += 2) bytes[i] &= 0x3b; // finite halves only
        if (descr == "<f8") for (var i = 7; i < bytes.Length; i += 8) bytes[i] &= 0x3f; // finite doubles only
        var path = WriteRaw(descr, [20000, 128], bytes);
        var whole = NpyArray.Read(path);
        var streamed = StreamedNpy.Open(path).Start(default);
        Assert.Equal(descr, streamed.DType);
        Assert.Equal([20000, 128], streamed.Shape);
        if (whole.Floats is not null) Assert.Equal(whole.Floats, streamed.Floats!.UpTo(20000, default));
        else Assert.Equal(whole.Integers, streamed.Integers!.UpTo(20000, default));
        Assert.True(await streamed.Completion);
    }

    [Fact]
    public void A_file_shorter_than_its_header_promises_is_refused_before_reading()
    {
        var path = Write(NpyArray.OfInt64(new long[40], 10, 4));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^20]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => StreamedNpy.Open(path)).Message);
    }

    [Fact]
    public async Task A_file_that_ends_mid_read_fails_the_waiting_batch_with_the_file_named()
    {
        // The header was checked against a whole file; the values then come from one that ends after ~2.5 chunks.
        var values = Enumerable.Range(0, 20000 * 128).Select(i => (long)i).ToArray();
        var path = Write(NpyArray.OfInt64(values, 20000, 128));
        var header = StreamedNpy.Open(path);
        var start = header.Values.Position;
        header.Dispose();
        var shortened = new MemoryStream(File.ReadAllBytes(path)[..(int)(start + 10 * 1024 * 1024)]) { Position = start };
        var array = (header with { Values = shortened }).Start(default).Integers!;
        Assert.Equal(values[..(4096 * 128)], array.UpTo(4096, default)[..(4096 * 128)]);
        var error = Assert.Throws<EvaluationException>(() => array.UpTo(20000, default));
        Assert.Contains(path, error.Message);
        Assert.Contains("numpy.save", error.Hint);
        Assert.False(await array.Completion);
    }

    [Fact]
    public async Task Cancelling_mid_read_stops_the_read_and_the_batch_waiting_for_it()
    {
        var path = Write(NpyArray.OfInt64(new long[20000 * 128], 20000, 128));
        var header = StreamedNpy.Open(path);
        var gated = new GatedStream(header.Values, openBytes: 4 << 20); // the read disposes it
        using var cancel = new CancellationTokenSource();
        var array = (header with { Values = gated }).Start(cancel.Token).Integers!;
        array.UpTo(4096, cancel.Token); // the first chunk arrives; the second waits at the gate
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => array.UpTo(20000, cancel.Token));
        gated.Open();
        Assert.False(await array.Completion);
    }

    [Fact]
    public void A_cast_to_a_smaller_type_hands_out_its_first_rows_after_the_reads_first_chunk()
    {
        // int64 rows are 1 KB: the read's first chunk is 4096 rows, and the rest is held back until the test ends.
        var path = Write(NpyArray.OfInt64([.. Enumerable.Range(0, 20000 * 128).Select(i => (long)(i % 3))], 20000, 128));
        var header = StreamedNpy.Open(path);
        var gated = new GatedStream(header.Values, openBytes: 4 << 20); // the read disposes it
        var array = (header with { Values = gated }).Start(default);
        var mask = InputCast.Bind("attention_mask", [128], array, Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Bool);
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var batch = mask.Batch(0, 256, 256, patience.Token);
            Assert.Equal(Enumerable.Range(0, 256 * 128).Select(i => i % 3 != 0), batch.GetTensorDataAsSpan<bool>().ToArray());
        }
        finally
        {
            ((IDisposable)mask).Dispose();
            gated.Open();
        }
    }

    /// <summary>Passes the first <c>openBytes</c> through, then holds every read until <see cref="Open"/>: a disk that stalls mid-file.</summary>
    sealed class GatedStream(Stream inner, long openBytes) : Stream
    {
        readonly ManualResetEventSlim _gate = new();
        long _passed;

        public void Open() => _gate.Set();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_passed >= openBytes) _gate.Wait();
            var read = inner.Read(_gate.IsSet ? buffer : buffer[..(int)Math.Min(buffer.Length, openBytes - _passed)]);
            _passed += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Set();
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
