// `compare` and `evaluate` on tasks beyond classification end to end: small ONNX models built here run through
// the evaluation engine. An embedding (no labels, raw outputs kept) prints cosine, MSE and relative L2 overall and
// per subgroup; a binary model's one logit is thresholded at 0; the task is part of what the cache is keyed on.
using System.Text.Json;
using Backend.Tests.Evaluation.Signatures;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Behaviors;

public sealed class TaskCompareCliTests
{
    const int Precision = 5;

    /// <summary>x float [batch, 2] → <paramref name="output"/> = x @ W, W [2, outputs] (row-major <paramref name="weights"/>).</summary>
    static ModelProto MatMul(string output, float[] weights)
    {
        var outputs = weights.Length / 2;
        var graph = new GraphProto { Name = output, Initializer = { Floats("W", weights, [2, outputs]) } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "batch", 2));
        graph.Output.Add(ValueInfo(output, OnnxDataType.Float, "batch", outputs));
        graph.Node.Add(Node("MatMul", "mm", ["x", "W"], output));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>An embedding of two components: x @ W, W [2, 2].</summary>
    static ModelProto Linear(float[] weights) => MatMul("embedding", weights);

    /// <summary>One binary logit: x @ W, W [2, 1].</summary>
    static ModelProto Logit(float[] weights) => MatMul("logit", weights);

    static async Task<JsonElement> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        Assert.True(exit == CliRunner.ExitOk, stdout.ToString());
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    [Fact]
    public async Task A_binary_model_is_evaluated_and_compared_by_its_logit_above_zero()
    {
        using var workspace = new SignatureWorkspace();
        // Logits: A = x0 − x1 → [1, −1, 0]; B = x0 → [1, 0, 1]. Labels [1, 0, 1]: A right, right, wrong (0 is not above 0);
        // B right, right (0 → negative), right.
        workspace.Model("a.onnx", Logit([1, -1]));
        workspace.Model("b.onnx", Logit([1, 0]));
        SignatureModels.WriteNpy<float>(workspace.File("x.npy"), "<f4", [1, 0, 0, 1, 1, 1], 3, 2);
        SignatureModels.WriteNpy<long>(workspace.File("y.npy"), "<i8", [1, 0, 1], 3);
        File.WriteAllText(workspace.Spec, """
            {"models": [{"id": "A", "artifact": "a.onnx"}, {"id": "B", "base": "A", "artifact": "b.onnx"}],
             "dataset": {"inputs": "x.npy", "labels": "y.npy", "task": "binary"}}
            """);
        var evaluated = await Cli("evaluate", workspace.Spec);
        var accuracies = evaluated.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("accuracy").GetDouble()).ToList();
        Assert.Equal(2 / 3.0, accuracies[0], Precision);
        Assert.Equal(1.0, accuracies[1]);
        var compared = await Cli("compare", workspace.Spec, "--base", "A", "--models", "B");
        var b = compared.GetProperty("overall").GetProperty("B");
        Assert.Equal((1, 0), (b.GetProperty("fixed").GetInt32(), b.GetProperty("broken").GetInt32()));
        Assert.Equal(2 / 3.0, b.GetProperty("agreement").GetDouble(), Precision); // predictions A [1, 0, 0], B [1, 0, 1]
        Assert.Equal(["0", "1"], compared.GetProperty("classNames").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Changing_the_task_evaluates_again_instead_of_reading_the_other_tasks_cached_outputs()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("a.onnx", Linear([1, 0, 0, 1]));
        SignatureModels.WriteNpy<float>(workspace.File("x.npy"), "<f4", [3, 4], 1, 2);
        SignatureModels.WriteNpy<long>(workspace.File("y.npy"), "<i8", [1], 1);
        void Write(string task) => File.WriteAllText(workspace.Spec,
            "{\"models\": [{\"id\": \"A\", \"artifact\": \"a.onnx\"}], \"dataset\": {\"inputs\": \"x.npy\", \"labels\": \"y.npy\", \"task\": \"" + task + "\"}}");
        Write("classification");
        await Cli("evaluate", workspace.Spec);
        Write("embedding");
        var second = (await Cli("evaluate", workspace.Spec)).GetProperty("models")[0];
        Assert.False(second.GetProperty("cached").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("accuracy").ValueKind);
        Assert.Equal(2, workspace.CacheFiles().Length);
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
