// Activation probing on a tiny hand-built model whose outputs can be computed by hand, the sample's spacing and
// clamping, and the requests that must be refused with what to do instead.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Activations;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Layers;

public sealed class ActivationStatisticsTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-activations-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Four instances of two features; fc.0 computes [x0 − x1, 0.5·x0 + 2·x1 − 1]:
    // [1, 2] → [−1, 3.5]; [3, −1] → [4, −1.5]; [−2, 0] → [−2, −2]; [0.5, 0.5] → [0, 0.25].
    static readonly float[] Inputs = [1, 2, 3, -1, -2, 0, 0.5f, 0.5f];

    /// <summary>A spec over fc.0 Linear → fc.1 ReLU → head Linear (identity) models, one per weight scale, and the four instances.</summary>
    string WriteSpec(params (string Id, float Scale)[] models)
    {
        NpyArray.OfFloats(Inputs, 4, 2).Write(Path.Combine(_folder, "inputs.npy"));
        NpyArray.OfInt64([0, 1, 0, 1], 4).Write(Path.Combine(_folder, "labels.npy"));
        foreach (var (id, scale) in models)
        {
            var model = new SequentialModel([2], 2,
            [
                new LinearLayer("fc.0", new TensorData([scale, -scale, 0.5f * scale, 2 * scale], [2, 2]), new TensorData([0, -scale], [2]), WeightEncoding.Float32),
                new ReluLayer("fc.1"),
                new LinearLayer("head", new TensorData([1, 0, 0, 1], [2, 2]), new TensorData([0, 0], [2]), WeightEncoding.Float32),
            ]);
            OnnxModelWriter.Write(model, Path.Combine(_folder, id + ".onnx"));
        }
        var spec = Path.Combine(_folder, "models.json");
        var entries = string.Join(", ", models.Select(m => $$"""{"id": "{{m.Id}}", "artifact": "{{m.Id}}.onnx"}"""));
        const string dataset = """{"inputs": "inputs.npy", "labels": "labels.npy", "classes": ["a", "b"]}""";
        File.WriteAllText(spec, $$"""{"models": [{{entries}}], "dataset": {{dataset}}}""");
        return spec;
    }

    static Task<ProbeResult> Probe(ProbeParams request) =>
        new LayerService(new SpecService(NullLogger<SpecService>.Instance)).ProbeAsync(request, NoProgress.Instance, CancellationToken.None);

    [Fact]
    public async Task Module_outputs_of_an_onnx_model_match_a_hand_computation()
    {
        var spec = WriteSpec(("base", 1), ("double", 2));
        var result = await Probe(new ProbeParams { Path = spec, BaseId = "base", ModelIds = ["double"], Activations = 4 });
        var outputs = result.Activations!.Outputs;
        // Each layer's output under the layer's name; the last one is the model's logits, which the head module computed.
        Assert.Equal(["fc.0", "fc.1", "logits"], outputs.Select(o => o.Name));
        Assert.Equal(["fc.0", "fc.1", "head"], outputs.Select(o => o.Module));
        Assert.All(outputs, o => Assert.Equal([4L, 2], o.Shape));

        var linear = outputs[0].Models[0]!;
        Assert.Equal(-2, linear.Min);
        Assert.Equal(4, linear.Max);
        Assert.Equal((-1 + 3.5 + 4 - 1.5 - 2 - 2 + 0 + 0.25) / 8, linear.Mean, 6);
        // ReLU keeps 3.5, 4 and 0.25: five of eight values are zero.
        var relu = outputs[1].Models[0]!;
        Assert.Equal(5.0 / 8, relu.Sparsity);
        Assert.Equal((3.5 + 4 + 0.25) / 8, relu.Mean, 6);
        Assert.Equal(4, relu.Max);
        // Doubling every weight and bias doubles each output: relative L2 1, every nonzero value changed.
        var doubled = outputs[1].Models[1]!;
        Assert.Equal(1, doubled.RelL2!.Value, 6);
        Assert.Equal(3.0 / 8, doubled.Changed);
        Assert.Equal(0, relu.RelL2);
        // The sparsity split is the weights' (what compression zeroed); a zero activation is an inactive unit, not a pruned one.
        Assert.All(outputs.SelectMany(o => o.Models), s => Assert.Equal((null, null), (s!.ZeroInBoth, s.ZeroOnlyHere)));
        Assert.NotNull(result.Tensors[0].Models[1]!.ZeroInBoth);
        Assert.Empty(result.Activations.Unmatched);
        // Weights are still probed, and modules pool weights only.
        Assert.Contains(result.Tensors, t => t.Name == "fc.0.weight");
        Assert.DoesNotContain(result.Modules, m => m.Name == "fc.1");
    }

    [Fact]
    public async Task More_instances_than_the_dataset_holds_are_clamped_to_all_of_them()
    {
        var spec = WriteSpec(("base", 1));
        var result = await Probe(new ProbeParams { Path = spec, BaseId = "base", Activations = 100 });
        Assert.Equal(4, result.Activations!.Instances);
        Assert.Equal([0, 1, 2, 3], result.Activations.InstanceIndices);
        Assert.Equal([4L, 2], result.Activations.Outputs[0].Shape);
    }

    [Fact]
    public void Sample_indices_are_evenly_spaced_from_the_first_instance()
    {
        Assert.Equal([0, 2, 5, 7], ActivationSample.EvenlySpaced(4, 10));
        Assert.Equal([0, 1, 2], ActivationSample.EvenlySpaced(5, 3));
        Assert.Empty(ActivationSample.EvenlySpaced(0, 3));
    }

    [Fact]
    public async Task Activations_of_model_files_alone_are_refused_with_the_way_to_name_a_dataset()
    {
        WriteSpec(("base", 1));
        var error = await Assert.ThrowsAsync<BackendException>(() => Probe(new ProbeParams { Files = [Path.Combine(_folder, "base.onnx")], Activations = 8 }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.Code);
        Assert.Contains("--spec", error.ErrorData.Hint);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ActivationSample.MaxInstances + 1)]
    public async Task Negative_or_absurd_instance_counts_are_refused_with_the_valid_range(int instances)
    {
        var spec = WriteSpec(("base", 1));
        var error = await Assert.ThrowsAsync<BackendException>(() => Probe(new ProbeParams { Path = spec, BaseId = "base", Activations = instances }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.Code);
        Assert.Contains("between 1 and", error.ErrorData.Hint);
    }

    [Fact]
    public async Task A_safetensors_artifact_has_no_activations_and_says_which_artifact_to_use()
    {
        var spec = WriteSpec(("base", 1));
        var weights = Path.Combine(_folder, "w.safetensors");
        CompressCompare.Backend.Layers.Bench.SafetensorsWriter.Write(weights, [("fc.0.weight", new long[] { 2, 2 })], (_, values) => values.AsSpan().Fill(1));
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("\"models\": [", "\"models\": [{\"id\": \"st\", \"artifact\": \"w.safetensors\"}, "));
        var error = await Assert.ThrowsAsync<BackendException>(() => Probe(new ProbeParams { Path = spec, BaseId = "base", ModelIds = ["st"], Activations = 4 }));
        Assert.Equal("st", error.ErrorData.ModelId);
        Assert.Contains(".onnx", error.ErrorData.Hint);
    }

    [Theory]
    [InlineData("/features/features.0/Conv_output_0", "/features/features.0/Conv", "features.0")]
    [InlineData("output", "/classifier/classifier.0/Gemm", "classifier.0")]
    [InlineData("features.0", "features.0", "features.0")]
    [InlineData("logits", "classifier.0", "classifier.0")]
    [InlineData("y", "", "y")]
    public void Outputs_belong_to_the_module_their_pytorch_path_or_our_node_names(string value, string node, string module) =>
        Assert.Equal(module, OnnxActivationGraph.ModuleOf(value, node));

    [Fact]
    public void Outputs_that_are_not_one_row_per_instance_are_left_out_and_the_last_is_the_logits()
    {
        var recorder = new ActivationRecorder(2, "m", "m.onnx");
        recorder.Add("a", "a", [2, 3], new float[6], 0, 2);
        recorder.Add("shape", "a", [4], new float[4], 0, 2);
        recorder.Add("scalar", "a", [], new float[1], 0, 2);
        recorder.Add("out", "head", [2, 1], [1, 2], 0, 2);
        recorder.RenameLast("logits");
        var source = recorder.ToSource("m.onnx");
        Assert.Equal(["a", "logits"], source.Tensors.Select(t => t.Name));
        Assert.Equal("head", source.Tensors[1].Module);
        Assert.Equal([2L, 3], source.Tensors[0].Shape);
    }

    [Fact]
    public void A_model_whose_outputs_outgrow_the_memory_cap_is_refused_with_a_count_that_fits()
    {
        var recorder = new ActivationRecorder(1000, "big", "big.onnx");
        // 1000 instances × 300,000 floats: 1.2 GB, past the 1 GiB cap (refused before allocating).
        var error = Assert.Throws<BackendException>(() => recorder.Add("conv", "conv", [1, 300_000], new float[1], 0, 1));
        Assert.Equal("big", error.ErrorData.ModelId);
        Assert.Contains($"at most about {ActivationRecorder.MaxFloatsPerModel / 300_000}", error.ErrorData.Hint);
    }
}
