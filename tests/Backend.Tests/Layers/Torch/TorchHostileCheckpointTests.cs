// torch.save zips built byte by byte to break the reader: globals and opcodes outside the allowed set, views past
// their storage, shapes that overflow, self-referencing and deeply nested objects, a zip bomb and a big-endian file.
// Each must end in a ModelFileInvalid error that says what is wrong, never a crash or a large allocation.
using System.IO.Compression;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Layers.Torch;

public sealed class TorchHostileCheckpointTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-torch-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string NewPath() => Path.Combine(_folder, $"{Guid.NewGuid():N}.pt");

    static TorchPickleWriter StateDict(long storageCount, long offset, long[] shape, long[] stride) =>
        new TorchPickleWriter().Op('}').Text("w").Tensor(storageCount, offset, shape, stride).Op('s');

    static string Refusal(string path)
    {
        var error = OnnxHostileFileTests.AssertCoded(() =>
        {
            using var source = TensorSources.Open(path);
            foreach (var tensor in source.Tensors) source.Read(tensor, new float[tensor.Count]);
        }, RpcErrorCodes.ModelFileInvalid);
        Assert.Contains(path, error.Message);
        Assert.Contains("torch.save(model.state_dict()", error.ErrorData.Hint);
        return error.Message;
    }

    [Fact]
    public void A_hand_built_checkpoint_reads_its_strided_view()
    {
        // The control for the refusals below: the same writer, a 2×2 transposed view at offset 1 of six floats.
        var path = StateDict(6, 1, [2, 2], [1, 2]).Save(NewPath(), [10, 11, 12, 13, 14, 15]);
        using var source = TensorSources.Open(path);
        var values = new float[4];
        source.Read(Assert.Single(source.Tensors), values);
        Assert.Equal([11f, 13, 12, 14], values);
    }

    [Fact]
    public void A_deflated_storage_is_read_through_its_stream_not_by_position()
    {
        // Its compressed bytes would decode as nonsense if read by position; the ranged path must not take it.
        var values = Enumerable.Repeat(0.5f, 4096).Concat(Enumerable.Range(0, 4096).Select(i => (float)i)).ToArray();
        var path = StateDict(values.Length, 0, [values.Length], [1]).Save(NewPath(), values, storageLevel: System.IO.Compression.CompressionLevel.Optimal);
        using var source = (ITensorRangeSource)TensorSources.Open(path);
        var tensor = Assert.Single(source.Tensors);
        Assert.False(source.ReadsRangesOf(tensor));
        var read = new float[values.Length];
        source.Read(tensor, read);
        Assert.Equal(values, read);
    }

    [Fact]
    public void A_storage_whose_local_header_is_damaged_is_refused_when_read_naming_its_tensor()
    {
        // The zip's directory is read at open, an entry's own header only when the tensor is read (the fuzzer found
        // this escaping as InvalidDataException: seed 606, file:1117).
        var path = StateDict(4, 0, [4], [1]).Save(NewPath(), [1, 2, 3, 4]);
        var bytes = File.ReadAllBytes(path);
        var name = System.Text.Encoding.ASCII.GetBytes("archive/data/0");
        bytes[bytes.AsSpan().IndexOf(name) - 30] = 0; // the local header's signature, 30 bytes before its name
        File.WriteAllBytes(path, bytes);
        using (var source = (ITensorRangeSource)TensorSources.Open(path))
            Assert.False(source.ReadsRangesOf(Assert.Single(source.Tensors)));
        Assert.Contains("tensor \"w\"", Refusal(path));
    }

    [Fact]
    public void A_global_outside_the_allowed_set_is_refused_by_name()
    {
        var pickle = new TorchPickleWriter().Global("builtins", "eval").Text("1").Raw(0x85).Op('R');
        Assert.Contains("builtins.eval", Refusal(pickle.Save(NewPath(), [0])));
    }

    [Fact]
    public void An_allowed_global_called_with_the_wrong_arguments_is_refused()
    {
        var pickle = new TorchPickleWriter().Global("collections", "OrderedDict").Text("x").Raw(0x85).Op('R');
        Assert.Contains("collections.OrderedDict", Refusal(pickle.Save(NewPath(), [0])));
    }

    [Theory]
    [InlineData((byte)'i')]  // INST: calls a class by name
    [InlineData((byte)0x81)] // NEWOBJ
    [InlineData((byte)'P')]  // PERSID (text)
    [InlineData((byte)0x8f)] // EMPTY_SET
    public void Opcodes_a_state_dict_does_not_need_are_refused(byte op)
    {
        var message = Refusal(new TorchPickleWriter().Op('}').Raw(op).Save(NewPath(), [0]));
        Assert.Contains($"opcode 0x{op:x2}", message);
    }

    [Theory]
    [InlineData(4, 1, new long[] { 4 }, new long[] { 1 })]          // one element past the end
    [InlineData(4, 0, new long[] { 2, 2 }, new long[] { 3, 1 })]     // a stride that leaves the storage
    [InlineData(4, -1, new long[] { 1 }, new long[] { 1 })]          // a negative offset
    [InlineData(4, 0, new long[] { 2 }, new long[] { -1 })]          // a negative stride
    [InlineData(4, 0, new long[] { -2 }, new long[] { 1 })]          // a negative size
    [InlineData(4, 0, new long[] { 1L << 40, 1L << 40 }, new long[] { 1, 1 })] // a size that overflows
    [InlineData(1L << 40, 0, new long[] { 1 }, new long[] { 1 })]    // a storage larger than its entry
    public void Views_that_do_not_fit_their_storage_are_refused(long storageCount, long offset, long[] shape, long[] stride)
    {
        var message = Refusal(StateDict(storageCount, offset, shape, stride).Save(NewPath(), [1, 2, 3, 4]));
        Assert.Matches("tensor \"w\"|storage 0 holds", message);
    }

    [Fact]
    public void A_list_that_contains_itself_is_refused_as_too_deep()
    {
        // {"w": tensor, "loop": L} where L = [L]: a cycle only the memo can make.
        var pickle = StateDict(1, 0, [1], [1]).Text("loop").Op(']').Raw((byte)'q', 9).Raw((byte)'h', 9).Op('a').Op('s');
        Assert.Contains("nest deeper", Refusal(pickle.Save(NewPath(), [1])));
    }

    [Fact]
    public void Ten_thousand_nested_lists_are_refused_without_a_stack_overflow()
    {
        var pickle = StateDict(1, 0, [1], [1]).Text("deep");
        for (var i = 0; i < 10_000; i++) pickle.Op(']');
        for (var i = 0; i < 9_999; i++) pickle.Op('a');
        Assert.Contains("nest deeper", Refusal(pickle.Op('s').Save(NewPath(), [1])));
    }

    [Fact]
    public void Lists_that_each_hold_the_one_below_twice_are_refused_without_visiting_two_to_the_thirty_paths()
    {
        // L0 = []; Lk = [Lk-1, Lk-1] through the memo (slot 0 holds the latest): 2^30 paths to L0.
        var pickle = StateDict(1, 0, [1], [1]).Text("dag").Op(']').Raw((byte)'q', 0).Op('0');
        for (var i = 0; i < 30; i++) pickle.Op(']').Op('(').Raw((byte)'h', 0, (byte)'h', 0).Op('e').Raw((byte)'q', 0).Op('0');
        pickle.Raw((byte)'h', 0);
        Assert.Contains("shared lists or dicts", Refusal(pickle.Op('s').Save(NewPath(), [1])));
    }

    [Fact]
    public void A_pickle_cut_before_its_STOP_is_refused()
    {
        var path = NewPath();
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("archive/data.pkl").Open())
            stream.Write(StateDict(1, 0, [1], [1]).Bytes);
        Assert.Contains("STOP", Refusal(path));
    }

    [Fact]
    public void A_zip_bomb_pickle_is_refused_before_it_is_inflated()
    {
        // 200 MB of zeros deflate to about 200 KB; its declared size alone is enough to refuse it.
        var path = NewPath();
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("archive/data.pkl", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++) stream.Write(zeros);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Contains("MiB", Refusal(path));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L << 20, "refusing the bomb allocated more than 16 MB");
    }

    [Fact]
    public void A_big_endian_checkpoint_is_refused()
    {
        Assert.Contains("big-endian", Refusal(StateDict(1, 0, [1], [1]).Save(NewPath(), [1], byteOrder: "big")));
    }

    [Fact]
    public void A_tensor_whose_storage_entry_is_missing_is_refused()
    {
        var path = NewPath();
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("archive/data.pkl").Open())
            stream.Write([.. StateDict(1, 0, [1], [1]).Bytes, (byte)'.']);
        Assert.Contains("data/0", Refusal(path));
    }
}
