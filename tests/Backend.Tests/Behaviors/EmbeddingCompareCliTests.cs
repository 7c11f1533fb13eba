// `compare` on an embedding task end to end: two small ONNX models built here run through the evaluation engine
// (no labels, raw outputs kept), and the JSON carries cosine, MSE and relative L2 overall and per subgroup.
using System.Text.Json;
using Backend.Tests.Evaluation.Signatures;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Behaviors;

public sealed class EmbeddingCompareCliTests
{
    const int Precision = 5;

    /// <summary>x float [batch, 2] → embedding = x @ W, W [2, 2].</summary>
    static ModelProto Linear(float[] weights)
    {
        var graph = new GraphProto { Name = "embed", Initializer = { Floats("W", weights, [2, 2]) } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "batch", 2));
        graph.Output.Add(ValueInfo("embedding", OnnxDataType.Float, "batch", 2));
        graph.Node.Add(Node("MatMul", "mm", ["x", "W"], "embedding"));
        return OnnxProtoModels.Model(graph, 17);
    }

    [Fact]
    public async Task Compare_an_embedding_model_prints_cosine_mse_and_relative_l2_overall_and_per_subgroup()
    {
        using var workspace = new SignatureWorkspace();
        // The base is the identity; B doubles the second component. Inputs [1, 0], [0, 1], [1, 1].
        workspace.Model("a.onnx", Linear([1, 0, 0, 1]));
        workspace.Model("b.onnx", Linear([1, 0, 0, 2]));
        SignatureModels.WriteNpy<float>(workspace.File("x.npy"), "<f4", [1, 0, 0, 1, 1, 1], 3, 2);
        File.WriteAllText(workspace.File("a.csv"), "g\nx\ny\ny\n");
        File.WriteAllText(workspace.Spec, """
            {"models": [{"id": "A", "artifact": "a.onnx"}, {"id": "B", "base": "A", "artifact": "b.onnx"}],
             "dataset": {"inputs": "x.npy", "task": "embedding", "attributes": "a.csv"}}
            """);
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["compare", workspace.Spec, "--base", "A", "--models", "B"], CancellationToken.None);
        var output = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.True(exit == CliRunner.ExitOk, stdout.ToString());

        Assert.Equal("embedding", output.GetProperty("task").GetString());
        // Per instance (base → B): [1,0]→[1,0]: cos 1, mse 0, rel 0; [0,1]→[0,2]: cos 1, mse 0.5, rel 1;
        // [1,1]→[1,2]: cos 3/√10, mse 0.5, rel 1/√2.
        var b = output.GetProperty("overall").GetProperty("B");
        Assert.Equal((2 + 3 / Math.Sqrt(10)) / 3, b.GetProperty("meanCosine").GetDouble(), Precision);
        Assert.Equal(1 / 3.0, b.GetProperty("meanMse").GetDouble(), Precision);
        Assert.Equal((1 + 1 / Math.Sqrt(2)) / 3, b.GetProperty("meanRelativeL2").GetDouble(), Precision);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("accuracy").ValueKind);
        Assert.Equal(0, output.GetProperty("classes").GetArrayLength());

        var y = output.GetProperty("subgroups").EnumerateArray().Single(s => s.GetProperty("value").GetString() == "y");
        Assert.Equal((1 + 3 / Math.Sqrt(10)) / 2, y.GetProperty("models").GetProperty("B").GetProperty("meanCosine").GetDouble(), Precision);
        Assert.Equal(0.5, y.GetProperty("models").GetProperty("B").GetProperty("meanMse").GetDouble(), Precision);

        // Exemplars: the instances that moved most, largest relative L2 first.
        Assert.Equal([1, 2], output.GetProperty("exemplars").EnumerateArray().Select(e => e.GetProperty("instance").GetInt32()));
    }
}
