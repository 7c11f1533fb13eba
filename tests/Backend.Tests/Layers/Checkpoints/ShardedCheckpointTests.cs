// Sharded Hugging Face checkpoints (model.safetensors.index.json, pytorch_model.bin.index.json) read as one model:
// the same tensors and values as the unsharded file, and an index that maps a tensor to a shard without it, or a
// shard outside its folder, is refused with the tensor or shard named.
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;
using Backend.Tests.Models.Onnx;

namespace Backend.Tests.Layers.Checkpoints;

public sealed class ShardedCheckpointTests : IDisposable
{
    readonly ProbeFiles _files = new();
    public void Dispose() => _files.Dispose();

    static readonly (string Name, long[] Shape, float[] Values)[] Weights =
    [
        ("encoder.conv.weight", [2, 3], [1, -2, 3, 0, 5, -6]),
        ("encoder.conv.bias", [2], [0.5f, -0.25f]),
        ("head.weight", [4], [7, 8, 0, -9]),
    ];

    /// <summary>Writes the weights as two shards (the first two tensors, then the last) and their index.</summary>
    string Sharded(string extension, string indexName)
    {
        string Shard(int n, params (string, long[], float[])[] tensors)
        {
            var name = $"model-0000{n}-of-00002{extension}";
            var path = Path.Combine(_files.Folder, name);
            if (extension == SafetensorsSource.Extension) _files.Write(name, tensors);
            else TorchZipWriter.Write(path, [.. tensors.Select(t => (t.Item1, t.Item2))], (i, values) => tensors[i].Item3.CopyTo(values, 0));
            return name;
        }
        var (first, second) = (Shard(1, Weights[0], Weights[1]), Shard(2, Weights[2]));
        return WriteIndex(indexName, $$$"""{"metadata":{"total_size":48},"weight_map":{"head.weight":"{{{second}}}","encoder.conv.bias":"{{{first}}}","encoder.conv.weight":"{{{first}}}"}}""");
    }

    string WriteIndex(string name, string json)
    {
        var path = Path.Combine(_files.Folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData(".safetensors", "model.safetensors.index.json")]
    [InlineData(".bin", "pytorch_model.bin.index.json")]
    public void A_sharded_checkpoint_reads_every_tensor_of_every_shard(string extension, string indexName)
    {
        using var source = TensorSources.Open(Sharded(extension, indexName));
        Assert.Equal(Weights.Select(w => w.Name), source.Tensors.Select(t => t.Name)); // shard by shard, each in its order
        Assert.Equal(extension == ".safetensors", source is ITensorRangeSource);
        foreach (var (name, shape, values) in Weights)
        {
            var tensor = source.Tensors.Single(t => t.Name == name);
            Assert.Equal(shape, tensor.Shape);
            var read = new float[values.Length];
            source.Read(tensor, read);
            Assert.Equal(values, read);
        }
    }

    [Fact]
    public async Task A_sharded_checkpoint_probes_like_its_single_file()
    {
        var single = _files.Write("single.safetensors", Weights);
        var result = await ProbeFiles.Probe(8, single, Sharded(".bin", "pytorch_model.bin.index.json"));
        Assert.Empty(result.Unmatched);
        Assert.Equal(3, result.Tensors.Count);
        Assert.All(result.Tensors, t =>
        {
            Assert.Equal(0, t.Models[1]!.RelL2);
            Assert.Equal(t.Models[0]!.Histogram, t.Models[1]!.Histogram);
        });
    }

    [Fact]
    public void Shards_are_opened_when_read_and_at_most_two_stay_open()
    {
        if (!OperatingSystem.IsLinux()) return; // open files are counted through /proc/self/fd
        var map = new List<string>();
        for (var n = 0; n < 5; n++)
        {
            _files.Write($"shard{n}.safetensors", ($"layer{n}.weight", [2], [n, -n]));
            map.Add($"\"layer{n}.weight\":\"shard{n}.safetensors\"");
        }
        using var source = TensorSources.Open(WriteIndex("model.safetensors.index.json", $"{{\"weight_map\":{{{string.Join(",", map)}}}}}"));
        Assert.Equal(0, OpenShards());
        var values = new float[2];
        foreach (var tensor in source.Tensors)
        {
            source.Read(tensor, values);
            Assert.InRange(OpenShards(), 1, 2);
        }
        Assert.Equal([4f, -4f], values);
        source.Dispose();
        Assert.Equal(0, OpenShards());
    }

    int OpenShards() => new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
        .Count(fd => fd.LinkTarget is { } target && target.StartsWith(_files.Folder, StringComparison.Ordinal) && target.EndsWith(".safetensors", StringComparison.Ordinal));

    [Theory]
    [InlineData("""{"weight_map":{"w":"../elsewhere.safetensors"}}""", "outside the index's folder")]
    [InlineData("""{"weight_map":{"w":"/tmp/elsewhere.safetensors"}}""", "outside the index's folder")]
    [InlineData("""{"weight_map":{"w":"sub/../../elsewhere.safetensors"}}""", "outside the index's folder")]
    [InlineData("""{"weight_map":{"w":"model.onnx"}}""", "neither a .safetensors file")]
    [InlineData("""{"weight_map":{"w":"other.safetensors.index.json"}}""", "neither a .safetensors file")]
    [InlineData("""{"weight_map":{"w":7}}""", "tensor \"w\" maps to something other than a shard")]
    [InlineData("""{"weight_map":{"w":"s.safetensors","w":"s.safetensors"}}""", "tensor \"w\" is mapped twice")]
    [InlineData("""{"weight_map":{"w":"s.safetensors","ghost":"s.safetensors"}}""", "tensor \"ghost\" is mapped to s.safetensors, which does not hold it")]
    [InlineData("""{"weight_map":{}}""", "names no tensors")]
    [InlineData("""{"metadata":{}}""", "no \"weight_map\"")]
    [InlineData("""[1, 2]""", "no \"weight_map\"")]
    [InlineData("""{"weight_map":""", "not JSON")]
    public void An_index_that_does_not_fit_its_shards_is_refused_naming_what_is_wrong(string json, string problem)
    {
        _files.Write("s.safetensors", ("w", [1], [1f]));
        var index = WriteIndex("model.safetensors.index.json", json);
        var error = OnnxHostileFileTests.AssertCoded(() => TensorSources.Open(index).Dispose(), RpcErrorCodes.ModelFileInvalid);
        Assert.Contains(index, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_shard_that_is_a_link_out_of_the_index_folder_is_refused()
    {
        using var outside = new ProbeFiles();
        var target = outside.Write("secret.safetensors", ("w", [1], [1f]));
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "s.safetensors"), target);
        var index = WriteIndex("model.safetensors.index.json", """{"weight_map":{"w":"s.safetensors"}}""");
        var error = Assert.Throws<CompressCompare.Backend.Errors.BackendException>(() => TensorSources.Open(index).Dispose());
        Assert.Contains("s.safetensors", error.Message);
        Assert.Contains(target, error.Message);
    }

    [Fact]
    public void A_missing_shard_is_named_with_what_to_do()
    {
        var index = WriteIndex("model.safetensors.index.json", """{"weight_map":{"w":"model-00002-of-00002.safetensors"}}""");
        var error = OnnxHostileFileTests.AssertCoded(() => TensorSources.Open(index).Dispose(), RpcErrorCodes.InvalidRequest);
        Assert.Contains("model-00002-of-00002.safetensors", error.Message);
        Assert.Contains("missing", error.Message);
    }
}
