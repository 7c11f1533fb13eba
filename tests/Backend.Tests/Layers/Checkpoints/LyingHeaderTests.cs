// Headers that lie about their tensors, in every checkpoint format the probe reads (safetensors, torch.save zips, and
// through a sharded index): the refusal names the tensor, so the user knows which weight of which file is damaged,
// and no header byte is ever read as a weight.
using System.Text;
using Backend.Tests.Layers.Torch;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Layers.Checkpoints;

public sealed class LyingHeaderTests : IDisposable
{
    readonly ProbeFiles _files = new();
    public void Dispose() => _files.Dispose();

    static string Refusal(string path)
    {
        var error = OnnxHostileFileTests.AssertCoded(() => HostileWeightFileTests.OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
        Assert.Contains(path, error.Message);
        return error.Message;
    }

    string Safetensors(string header, int dataBytes)
    {
        var json = Encoding.UTF8.GetBytes(header);
        var path = Path.Combine(_files.Folder, $"{Guid.NewGuid():N}.safetensors");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((long)json.Length), .. json, .. new byte[dataBytes]]);
        return path;
    }

    [Theory]
    [InlineData("""{"ok":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"weight":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}""", 8, "\"weight\"")] // past the end
    [InlineData("""{"weight":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""", 0, "\"weight\"")] // no data section: only header bytes before it
    [InlineData("""{"weight":{"dtype":"F32","shape":[1],"data_offsets":[-8,-4]}}""", 8, "\"weight\"")] // negative: into the header
    [InlineData("""{"weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"other":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 8, "\"weight\" and \"other\"")] // overlapping
    [InlineData("""{"weight":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"weight":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 8, "\"weight\" is named twice")]
    [InlineData("""{"weight":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}}""", 8, "\"weight\"")] // size overflows
    [InlineData("""{"weight":{"dtype":"F16","shape":[3],"data_offsets":[0,8]}}""", 8, "\"weight\"")] // 8 bytes for three F16 values
    [InlineData("""{"weight":{"dtype":"F8_E4M3","shape":[2,2],"data_offsets":[0,8]}}""", 8, "\"weight\"")] // 8 bytes for four FP8 values
    public void A_safetensors_header_that_lies_is_refused_naming_the_tensor(string header, int dataBytes, string named)
    {
        Assert.Contains(named, Refusal(Safetensors(header, dataBytes)));
    }

    [Fact]
    public void A_torch_storage_shorter_than_its_tensor_is_refused_naming_the_tensor()
    {
        // Storage "0" declares 8 floats; its entry holds 4.
        var path = new TorchPickleWriter().Op('}').Text("encoder.weight").Tensor(8, 0, [8], [1]).Op('s').Save(Path.Combine(_files.Folder, "short.pt"), [1, 2, 3, 4]);
        Assert.Contains("tensor \"encoder.weight\"", Refusal(path));
    }

    [Fact]
    public void A_torch_state_dict_naming_a_tensor_twice_is_refused_naming_it()
    {
        var pickle = new TorchPickleWriter().Op('}')
            .Text("encoder.weight").Tensor(4, 0, [2], [1]).Op('s')
            .Text("encoder.weight").Tensor(4, 2, [2], [1]).Op('s');
        Assert.Contains("tensor \"encoder.weight\" is named twice", Refusal(pickle.Save(Path.Combine(_files.Folder, "twice.pt"), [1, 2, 3, 4])));
    }

    [Fact]
    public void A_torch_shape_whose_size_overflows_is_refused_naming_the_tensor()
    {
        var pickle = new TorchPickleWriter().Op('}').Text("encoder.weight").Tensor(4, 0, [1L << 32, 1L << 32, 16], [1, 1, 1]).Op('s');
        Assert.Contains("tensor \"encoder.weight\"", Refusal(pickle.Save(Path.Combine(_files.Folder, "huge.pt"), [1, 2, 3, 4])));
    }

    [Fact]
    public void A_shard_that_lies_is_refused_through_its_index_naming_the_shard_and_tensor()
    {
        var shard = Safetensors("""{"weight":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}""", 8);
        var index = Path.Combine(_files.Folder, "model.safetensors.index.json");
        File.WriteAllText(index, $$$"""{"weight_map":{"weight":"{{{Path.GetFileName(shard)}}}"}}""");
        var message = OnnxHostileFileTests.AssertCoded(() => TensorSources.Open(index).Dispose(), RpcErrorCodes.ModelFileInvalid).Message;
        Assert.Contains(shard, message);
        Assert.Contains("\"weight\"", message);
    }
}
