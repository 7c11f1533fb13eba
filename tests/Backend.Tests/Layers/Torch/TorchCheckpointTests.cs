// Real torch.save files (written by tests/fixtures/torch/make_fixtures.py with PyTorch 1.13) read through
// TensorSources: every supported dtype, views with offsets and strides over one shared storage, a state dict nested
// in a training checkpoint, and the two files the reader must refuse (code-running and legacy).
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Layers.Torch;

public sealed class TorchCheckpointTests
{
    static string Fixture(string name) => RepoPaths.Of(Path.Combine("tests", "fixtures", "torch", name));

    static Dictionary<string, (IReadOnlyList<long> Shape, string Type, float[] Values)> ReadAll(string path)
    {
        using var source = TensorSources.Open(path);
        return source.Tensors.ToDictionary(t => t.Name, t =>
        {
            var values = new float[t.Count];
            source.Read(t, values);
            return (t.Shape, t.DataType, values);
        });
    }

    [Fact]
    public void Every_supported_dtype_decodes_to_its_exact_values()
    {
        var tensors = ReadAll(Fixture("dtypes.pt"));
        Assert.Equal(["f32", "f16", "bf16", "f64", "i8", "u8", "i16", "i32", "i64", "bool"], tensors.Keys);
        Assert.Equal([2L, 3], tensors["f32"].Shape);
        Assert.Equal([1.5f, -2, 0, 3.25f, 4, -0.5f], tensors["f32"].Values);
        Assert.Equal([0.5f, -1, 2, 65504], tensors["f16"].Values);
        Assert.Equal([1f, -3, 0.125f], tensors["bf16"].Values);
        Assert.Equal([0.25f, -8], tensors["f64"].Values);
        Assert.Equal([-128f, 0, 127], tensors["i8"].Values);
        Assert.Equal([0f, 200, 255], tensors["u8"].Values);
        Assert.Equal([-300f, 300], tensors["i16"].Values);
        Assert.Equal([-70000f, 70000], tensors["i32"].Values);
        Assert.Equal([-5f, 1099511627776f], tensors["i64"].Values);
        Assert.Equal([1f, 0, 1], tensors["bool"].Values);
        Assert.Equal(["F32", "F16", "BF16", "F64", "I8", "U8", "I16", "I32", "I64", "BOOL"], tensors.Values.Select(t => t.Type));
    }

    [Theory]
    [InlineData("dtypes.pt")]
    [InlineData("views.pt")]
    [InlineData("nested.pth")]
    public void Contiguous_tensors_read_by_position_in_any_stretch_equal_their_whole_read(string name)
    {
        var whole = ReadAll(Fixture(name));
        using var source = (ITensorRangeSource)TensorSources.Open(Fixture(name));
        var wholeOnly = new List<string>();
        foreach (var tensor in source.Tensors)
        {
            if (!source.ReadsRangesOf(tensor))
            {
                wholeOnly.Add(tensor.Name);
                continue;
            }
            for (var start = 0; start < tensor.Count; start++)
            {
                var values = new float[tensor.Count - start];
                source.ReadRange(tensor, start, values);
                Assert.Equal(whole[tensor.Name].Values.Skip(start), values);
            }
        }
        // torch.save stores every storage uncompressed, so only strided views are left to Read.
        Assert.Equal(name == "views.pt" ? ["transposed", "every_other"] : [], wholeOnly);
    }

    [Fact]
    public void Views_of_one_storage_read_their_offset_and_strides()
    {
        var tensors = ReadAll(Fixture("views.pt"));
        Assert.Equal([3L, 4], tensors["whole"].Shape);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (float)i), tensors["whole"].Values);
        Assert.Equal([5f, 6, 7, 8], tensors["tail"].Values);
        Assert.Equal([4L, 3], tensors["transposed"].Shape);
        Assert.Equal([0f, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11], tensors["transposed"].Values);
        Assert.Equal([1f, 3, 5, 7, 9, 11], tensors["every_other"].Values);
    }

    [Fact]
    public void A_state_dict_nested_in_a_training_checkpoint_is_found_under_its_own_names()
    {
        var tensors = ReadAll(Fixture("nested.pth"));
        Assert.Equal(["0.weight", "0.bias", "2.weight", "2.bias"], tensors.Keys);
        Assert.Equal([3L, 2], tensors["0.weight"].Shape);
        Assert.Equal([0f, 0.25f, 0.5f, 0.75f, 1, 1.25f], tensors["0.weight"].Values);
        Assert.Equal([0f, 0.5f, 1], tensors["0.bias"].Values);
        Assert.Equal([0f, 0.75f, 1.5f], tensors["2.weight"].Values);
        Assert.Equal([0f], tensors["2.bias"].Values);
    }

    [Fact]
    public void A_checkpoint_whose_pickle_calls_os_system_is_refused_naming_the_call()
    {
        var path = Fixture("malicious.pt");
        var error = OnnxHostileFileTests.AssertCoded(() => ReadAll(path), RpcErrorCodes.ModelFileInvalid);
        Assert.Contains(path, error.Message);
        Assert.Contains("posix.system", error.Message);
        Assert.Contains("without running pickled code", error.Message);
        Assert.Contains("only if you trust", error.ErrorData.Hint);
    }

    [Fact]
    public void A_legacy_checkpoint_is_refused_with_how_to_re_save_it()
    {
        var error = OnnxHostileFileTests.AssertCoded(() => ReadAll(Fixture("legacy.pt")), RpcErrorCodes.ModelFileInvalid);
        Assert.Contains("legacy", error.Message);
        Assert.Contains("_use_new_zipfile_serialization=True", error.Message);
    }
}
