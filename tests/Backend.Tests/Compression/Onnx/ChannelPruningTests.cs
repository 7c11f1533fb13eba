// Channel Prune on hand-built ONNX models whose answer is known: which channels go (smallest filter L1 norm, ties to
// the lower index), the exact sliced weight, bias, BatchNorm parameters and consumer slices, layers before a residual
// Add or a graph output reported and left whole, depthwise convolutions skipped, and the pruned model computing what
// the original computes with the removed channels' consumer weights zeroed. Every artifact passes the ONNX checker.
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Compression.Onnx;

public sealed class ChannelPruningTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.yaml");

    OnnxCompressionReport Prune(ModelProto model, double amount, string target = "pruned.onnx", string? include = null, string? exclude = null) =>
        new ChannelPruning(amount, include, exclude).Apply(new OnnxCompressionInput(model.Save(_folder.File("base.onnx")), _folder.File(target), Spec), default);

    static ModelProto Read(string path) => ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));

    [Fact]
    public void Half_the_channels_of_the_weakest_filters_go_from_the_conv_its_batchnorm_and_the_consumer_conv()
    {
        var report = Prune(ChannelPruneModels.Residual(), 0.5);

        var w = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        // Norms 2, 0.3, 3.5, 0.3: channels 1 and 3 go, 0 and 2 stay.
        Assert.Equal([1f, 1f, -3f, 0.5f], w["convA.weight"]);
        Assert.Equal([0.1f, 0.3f], w["convA.bias"]);
        Assert.Equal([1f, 3f], w["bn.weight"]);
        Assert.Equal([-1f, -3f], w["bn.bias"]);
        Assert.Equal([0.5f, 0.7f], w["bn.running_mean"]);
        Assert.Equal([1f, 2f], w["bn.running_var"]);
        Assert.Equal([1f, 3f, 5f, 7f], w["convB.weight"]);
        Assert.Equal([1f, -1f, 0.5f, 2f], w["convC.weight"]);
        var graph = Read(_folder.File("pruned.onnx")).Graph;
        Assert.Equal([2L, 2, 1, 1], graph.Initializer.Single(i => i.Name == "convA.weight").Dims);
        Assert.Equal([2L, 2, 1, 1], graph.Initializer.Single(i => i.Name == "convB.weight").Dims);
        // convA's recorded [1,4,2,2] is stale and gone; convB's output keeps its shape and its entry.
        Assert.Equal(["b"], graph.ValueInfo.Select(v => v.Name));
        Assert.Contains(report.Weights, r => r.Name == "convB.weight" && r.Change.StartsWith("input channels of Conv node 'convB': 2 of 4 kept"));
        OnnxChecker.AssertValid(_folder.File("pruned.onnx"));
    }

    [Fact]
    public void Initializers_also_declared_as_graph_inputs_get_their_new_shape_there()
    {
        // IR version 3 lists every initializer as a graph input too; a stale shape there makes runtimes refuse the model.
        var model = ChannelPruneModels.Residual();
        foreach (var init in model.Graph.Initializer) model.Graph.Input.Add(OnnxProtoFactory.ValueInfo(init.Name, OnnxDataType.Float, [.. init.Dims.Cast<object>()]));

        Prune(model, 0.5);

        var inputs = Read(_folder.File("pruned.onnx")).Graph.Input.ToDictionary(i => i.Name, i => i.Type.TensorType.Shape.Dim.Select(d => d.DimValue).ToArray());
        Assert.Equal([2L, 2, 1, 1], inputs["convA.weight"]);
        Assert.Equal([2L], inputs["bn.running_var"]);
        Assert.Equal([2L, 2, 1, 1], inputs["convB.weight"]);
        Assert.Equal([2L, 2, 1, 1], inputs["convC.weight"]);
        float[] x = [0.3f, -1.2f, 2f, 0.7f, -0.4f, 1.1f, 0.9f, -2.5f];
        Assert.Equal(8, Run(_folder.File("pruned.onnx"), x, [1, 2, 2, 2]).Length);
    }

    [Fact]
    public void Layers_whose_output_reaches_a_residual_add_keep_their_channels_and_the_report_says_why()
    {
        var report = Prune(ChannelPruneModels.Residual(), 0.5);

        Assert.Equal("output channels kept: its output reaches Add node 'add'", report.Weights.Single(r => r.Name == "convC.weight").Change);
        Assert.Contains(report.Weights, r => r.Name == "convB.weight" && r.Change == "output channels kept: its output reaches Add node 'add'");
        Assert.Contains(report.Weights, r => r.Name == "convA.weight" && r.Change == "output channels: 2 of 4 kept (Conv 'convA')");
    }

    [Fact]
    public void Equal_norms_send_the_lower_channel_first()
    {
        Prune(ChannelPruneModels.Residual(), 0.25);

        // round(0.25·4) = 1 channel: 1 and 3 tie at 0.3, channel 1 goes.
        Assert.Equal([1f, 1f, -3f, 0.5f, 0.2f, 0.1f], OnnxPruneModels.Weights(_folder.File("pruned.onnx"))["convA.weight"]);
    }

    [Fact]
    public void The_pruned_model_computes_what_the_original_does_with_the_removed_channels_unread()
    {
        Prune(ChannelPruneModels.Residual(), 0.5);
        // The original with convB's weights on input channels 1 and 3 zeroed: the channels exist but nothing reads them.
        float[] unread = [.. ChannelPruneModels.ConvB.Select((v, i) => i % 4 is 1 or 3 ? 0f : v)];
        var zeroed = ChannelPruneModels.Residual(unread).Save(_folder.File("zeroed.onnx"));
        float[] x = [0.3f, -1.2f, 2f, 0.7f, -0.4f, 1.1f, 0.9f, -2.5f];

        Assert.Equal(Run(zeroed, x, [1, 2, 2, 2]), Run(_folder.File("pruned.onnx"), x, [1, 2, 2, 2]), new Tolerance(1e-5f));
    }

    [Fact]
    public void A_conv_read_through_flatten_loses_each_removed_channels_block_of_gemm_features()
    {
        float[] fc = [.. Enumerable.Range(0, 24).Select(i => (float)i)];
        var report = Prune(ChannelPruneModels.Flattened(fc), 1 / 3.0);

        var w = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        // Norms 3, 0.5, 2: channel 1 goes, and with it features 4…7 of each Gemm row.
        Assert.Equal([1f, -2f, 1.5f, -0.5f], w["conv.weight"]);
        Assert.Equal([0.5f, 1f], w["conv.bias"]);
        Assert.Equal([0f, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23], w["fc.weight"]);
        Assert.Equal("output channels kept: its output 'y' is a graph output", report.Weights.Single(r => r.Name == "fc.weight" && r.Change.StartsWith("output channels kept")).Change);
        OnnxChecker.AssertValid(_folder.File("pruned.onnx"));

        float[] unread = [.. fc.Select((v, i) => i % 12 is >= 4 and < 8 ? 0f : v)];
        var zeroed = ChannelPruneModels.Flattened(unread).Save(_folder.File("zeroed.onnx"));
        float[] x = [0.3f, -1.2f, 2f, 0.7f, -0.4f, 1.1f];
        Assert.Equal(Run(zeroed, x, [1, 1, 2, 3]), Run(_folder.File("pruned.onnx"), x, [1, 1, 2, 3]), new Tolerance(1e-5f));
    }

    [Fact]
    public void A_conv_between_two_pruned_convs_loses_its_weakest_filters_and_the_inputs_its_producer_lost()
    {
        Prune(ChannelPruneModels.Chain(), 0.5);

        var w = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        // c1 keeps channels 1 and 3; c2 (round(1.5) = 2 of 3 go, its norms 4, 0.4, 8) keeps channel 2, reading c1's 1 and 3.
        Assert.Equal([1f, -1f, 1f, 2f], w["c1.weight"]);
        Assert.Equal([2f, 2f], w["c2.weight"]);
        Assert.Equal([3f, 6f], w["c3.weight"]);
        OnnxChecker.AssertValid(_folder.File("pruned.onnx"));

        float[] c2 = [.. ChannelPruneModels.ChainC2.Select((v, i) => i % 4 is 0 or 2 ? 0f : v)];
        float[] c3 = [.. ChannelPruneModels.ChainC3.Select((v, i) => i % 3 == 2 ? v : 0f)];
        var zeroed = ChannelPruneModels.Chain(c2, c3).Save(_folder.File("zeroed.onnx"));
        float[] x = [0.7f, -0.3f];
        Assert.Equal(Run(zeroed, x, [1, 2, 1, 1]), Run(_folder.File("pruned.onnx"), x, [1, 2, 1, 1]), new Tolerance(1e-5f));
    }

    [Fact]
    public void A_gemm_feeding_a_gemm_loses_output_columns_bias_entries_and_the_consumers_input_features()
    {
        float[] fc2 = [1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f];
        Prune(ChannelPruneModels.Mlp(fc2), 0.5);

        var w = OnnxPruneModels.Weights(_folder.File("pruned.onnx"));
        Assert.Equal([1f, 0.5f, 1f, 0.5f, -1f, 0.5f], w["fc1.weight"]);
        Assert.Equal([0.1f, 0.3f], w["fc1.bias"]);
        Assert.Equal([1f, 3f, 5f, 7f], w["fc2.weight"]);
        OnnxChecker.AssertValid(_folder.File("pruned.onnx"));

        var zeroed = ChannelPruneModels.Mlp([.. fc2.Select((v, i) => i % 2 == 1 ? 0f : v)]).Save(_folder.File("zeroed.onnx"));
        float[] x = [0.7f, -0.3f, 1.9f];
        Assert.Equal(Run(zeroed, x, [1, 3]), Run(_folder.File("pruned.onnx"), x, [1, 3]), new Tolerance(1e-5f));
    }

    [Fact]
    public void A_model_with_only_a_depthwise_conv_to_prune_is_refused_with_the_reason()
    {
        var e = Assert.Throws<CompressionParameterException>(() => Prune(ChannelPruneModels.Depthwise(), 0.5));

        Assert.Contains("Conv 'dw' it is a grouped (or depthwise) convolution", e.Message);
        Assert.Contains("Conv 'pw' its output 'y' is a graph output", e.Message);
        Assert.False(File.Exists(_folder.File("pruned.onnx")));
    }

    [Fact]
    public void An_excluded_layer_keeps_its_channels_and_amount_one_is_refused_by_name()
    {
        var e = Assert.Throws<CompressionParameterException>(() => Prune(ChannelPruneModels.Residual(), 0.5, exclude: "convA.*"));
        Assert.Contains("Conv 'convB' its output reaches Add node 'add'", e.Message);

        var amount = Assert.Throws<CompressionParameterException>(() =>
            ChannelPruning.FromParameters(new Dictionary<string, System.Text.Json.JsonElement> { ["amount"] = System.Text.Json.JsonSerializer.SerializeToElement(1.0) }));
        Assert.Contains("amount", amount.Message);
        Assert.False(File.Exists(_folder.File("pruned.onnx")));
    }

    [Fact]
    public void A_cancelled_prune_leaves_no_file_behind()
    {
        var source = ChannelPruneModels.Residual().Save(_folder.File("base.onnx"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ChannelPruning(0.5).Apply(new OnnxCompressionInput(source, _folder.File("pruned.onnx"), Spec), cancel.Token));

        Assert.Equal(["base.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    static float[] Run(string model, float[] x, long[] shape)
    {
        using var session = new InferenceSession(model);
        using var value = OrtValue.CreateTensorValueFromMemory(x, shape);
        using var results = session.Run(new RunOptions(), ["x"], [value], ["y"]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    sealed class Tolerance(float epsilon) : IEqualityComparer<float>
    {
        public bool Equals(float a, float b) => Math.Abs(a - b) <= epsilon * Math.Max(1, Math.Abs(a));
        public int GetHashCode(float value) => 0;
    }
}
