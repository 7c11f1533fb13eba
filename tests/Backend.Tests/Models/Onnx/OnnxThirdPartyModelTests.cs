// A real third-party export (Silero VAD v6, MIT; see Data/README.md): zero initializers, every weight in a
// Constant node inside If branches. The reader must find them all, with shapes the graph agrees with and
// values ONNX Runtime agrees with, and ONNX Runtime must run the file.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxThirdPartyModelTests
{
    static readonly string SileroPath = RepoPaths.Of("tests/Backend.Tests/Models/Onnx/Data/silero_vad.onnx");
    const string Then = "If_0_then_branch__Inline_0__"; // the 16 kHz model
    const string Else = "If_0_else_branch__Inline_0__"; // the 8 kHz model

    [Fact]
    public void Silero_graph_facts_show_a_model_without_initializers()
    {
        var facts = OnnxModelReader.Open(SileroPath).Facts;

        Assert.Equal(16, facts.Opset);
        Assert.Equal(0, facts.InitializerCount);
        Assert.Equal(341, facts.ConstantNodeCount);
        Assert.Equal(25, facts.OpTypeCounts["If"]);
        Assert.Equal(12, facts.OpTypeCounts["Conv"]);
        Assert.Equal(4, facts.OpTypeCounts["LSTM"]);
        Assert.Equal(["input: float[?, ?]", "state: float[2, ?, 128]", "sr: int64[]"], facts.Inputs.Select(i => i.ToString()));
        Assert.Equal(["output", "stateN"], facts.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void Silero_weights_are_streamed_from_Constant_nodes_in_both_If_branches()
    {
        var tensors = OnnxModelReader.Open(SileroPath).EnumerateTensors().ToList();

        Assert.Equal(341, tensors.Count);
        Assert.All(tensors, t => Assert.Equal(OnnxTensorSource.ConstantNode, t.Source));
        var large = tensors.Where(t => t.ElementCount > 100).ToList();
        Assert.Equal(24, large.Count);
        Assert.Equal(["If_0.else_branch", "If_0.then_branch"], large.Select(t => t.GraphPath).Distinct().Order());
        Assert.Equal(545_024, large.Sum(t => t.ElementCount));
        Assert.Equal([128L, 129, 3], large.Single(t => t.Name == $"{Then}encoder.0.reparam_conv.weight").Shape);
        Assert.Equal([128, 129, 3], large.Single(t => t.Name == $"{Then}encoder.0.reparam_conv.weight").ShapeAsInt32());
        Assert.Equal([128L, 65, 3], large.Single(t => t.Name == $"{Else}encoder.0.reparam_conv.weight").Shape);
    }

    [Theory]
    [InlineData(Then, 129)]
    [InlineData(Else, 65)]
    public void Silero_weights_have_the_shapes_its_layers_chain_through(string branch, int frequencyBins)
    {
        var weights = OnnxModelReader.ReadDequantizedWeights(SileroPath);
        int[] Shape(string name) => weights[branch + name].Shape;

        // STFT basis: 2 × bins filters over one channel; the encoder's first conv reads the bins.
        Assert.Equal(2 * frequencyBins, Shape("stft.forward_basis_buffer")[0]);
        Assert.Equal(frequencyBins, Shape("encoder.0.reparam_conv.weight")[1]);
        for (var k = 0; k < 4; k++)
        {
            var weight = Shape($"encoder.{k}.reparam_conv.weight");
            Assert.Equal(3, weight.Length);
            Assert.Equal([weight[0]], Shape($"encoder.{k}.reparam_conv.bias"));
            if (k > 0) Assert.Equal(Shape($"encoder.{k - 1}.reparam_conv.weight")[0], weight[1]);
        }
        // The LSTM sees W [1, 4·hidden, input] and R [1, 4·hidden, hidden] after the exporter's Slice/Concat
        // gate reordering, which the reader folds; its input is the last conv's 128 channels.
        Assert.Equal([1, 512, 128], Shape("/decoder/rnn/Unsqueeze_6_output_0"));
        Assert.Equal([1, 512, 128], Shape("/decoder/rnn/Unsqueeze_7_output_0"));
        Assert.Equal([1, 1024], Shape("/decoder/rnn/Unsqueeze_8_output_0"));
        Assert.Equal([1, 128, 1], Shape("decoder.decoder.2.weight"));
        Assert.Equal(34, weights.Count);
    }

    [Fact]
    public void Silero_weight_values_match_what_OnnxRuntime_decodes_from_the_same_bytes()
    {
        // An independent decoding: the Constant node's own TensorProto becomes the initializer of a one-node
        // Identity model, and ONNX Runtime's output is compared with our reader's floats, bit for bit.
        var reader = OnnxModelReader.Open(SileroPath);
        var ours = reader.EnumerateTensors().Single(t => t.Name == $"{Then}encoder.0.reparam_conv.weight");
        var node = FindConstant(reader.Model.Graph, ours.Name)!;
        var proto = node.Attribute.Single(a => a.Name == "value").T.Clone();
        proto.Name = "w";
        var graph = new GraphProto { Name = "identity", Initializer = { proto } };
        graph.Node.Add(Node("Identity", "id", ["w"], "out"));
        graph.Output.Add(ValueInfo("out", OnnxDataType.Float, 128, 129, 3));
        using var folder = new OnnxTestFolder();
        using var session = new InferenceSession(OnnxProtoModels.Model(graph, 16).Save(folder.File("w.onnx")));
        using var runOptions = new RunOptions();

        using var outputs = session.Run(runOptions, [], [], ["out"]);

        var values = ours.ReadFloats();
        Assert.Equal(outputs[0].GetTensorDataAsSpan<float>().ToArray(), values);
        Assert.True(values.Any(v => v != 0) && values.All(float.IsFinite));
    }

    [Theory]
    [InlineData(16000, 512)]
    [InlineData(8000, 256)]
    public void Silero_runs_in_OnnxRuntime_for_both_sample_rates(long sampleRate, int samples)
    {
        using var session = new InferenceSession(SileroPath);
        var audio = Enumerable.Range(0, samples).Select(i => 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / sampleRate)).ToArray();
        using var input = OrtValue.CreateTensorValueFromMemory(audio, [1, samples]);
        using var state = OrtValue.CreateTensorValueFromMemory(new float[2 * 128], [2, 1, 128]);
        using var sr = OrtValue.CreateTensorValueFromMemory(new[] { sampleRate }, []);
        using var runOptions = new RunOptions();

        using var outputs = session.Run(runOptions, ["input", "state", "sr"], [input, state, sr], ["output", "stateN"]);

        var probability = Assert.Single(outputs[0].GetTensorDataAsSpan<float>().ToArray());
        Assert.InRange(probability, 0f, 1f);
        Assert.Equal(2 * 128, outputs[1].GetTensorDataAsSpan<float>().Length);
    }

    static NodeProto? FindConstant(GraphProto graph, string output)
    {
        foreach (var node in graph.Node)
        {
            if (node.OpType == "Constant" && node.Output.Contains(output)) return node;
            foreach (var attribute in node.Attribute)
                if (attribute.G is { } g && FindConstant(g, output) is { } found) return found;
        }
        return null;
    }
}
