// `models/evaluate` through a StreamJsonRpc client in process: camelCase parameters, `$/progress` for the
// request's token, and the result the CLI prints.
using System.Collections.Concurrent;
using Backend.Tests.Experiments;
using CompressCompare.Backend.Rpc;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class EvaluationRpcTests(DemoFixture demo)
{
    [Fact]
    public async Task Evaluate_over_RPC_reports_progress_per_batch_under_the_token_and_returns_each_model()
    {
        using var workspace = new DemoWorkspace(demo, [("cnn", "models/cnn.onnx"), ("mlp", "models/mlp.onnx")]);
        var (a, b) = FullDuplexStream.CreatePair();
        using var server = RpcConnection.Attach(a, a, new BackendRpcTarget(new SpecService(NullLogger<SpecService>.Instance)), NullLogger.Instance);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = WireJson.CreateOptions() };
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(b, b, formatter));
        var reports = new ConcurrentQueue<ProgressParams>();
        Action<ProgressParams> onProgress = reports.Enqueue;
        client.AddLocalRpcMethod(onProgress.Method, onProgress.Target,
            new JsonRpcMethodAttribute(RpcMethods.Progress) { UseSingleObjectParameterDeserialization = true });
        client.StartListening();

        var result = await client.InvokeWithParameterObjectAsync<EvaluateResult>(RpcMethods.ModelsEvaluate,
            new EvaluateParams { Path = workspace.Spec, ModelIds = ["mlp", "cnn"], WorkDoneToken = "eval-1" });

        Assert.Equal(["mlp", "cnn"], result.Models.Select(m => m.ModelId));
        Assert.All(result.Models, m => Assert.True(m.Error is null && m.Accuracy > 0.9 && !m.Cached && m.Source == "onnx", m.Error));
        // Notifications are fire-and-forget: the end may arrive just after the response.
        for (var i = 0; i < 100 && !reports.Any(r => r.Value.Kind == "end"); i++) await Task.Delay(20);
        Assert.All(reports, r => Assert.Equal("eval-1", r.Token));
        Assert.Equal("begin", reports.First().Value.Kind);
        Assert.Equal("end", reports.Last().Value.Kind);
        // Two batches of each model (450 = 256 + 194) plus one report per finished model.
        var batches = reports.Where(r => r.Value.Kind == "report" && r.Value.Message!.Contains("instances")).ToList();
        Assert.Equal(["mlp: 256/450 instances", "mlp: 450/450 instances", "cnn: 256/450 instances", "cnn: 450/450 instances"],
            batches.Select(r => r.Value.Message));
        Assert.Equal([28, 50, 78, 100], batches.Select(r => r.Value.Percentage!.Value));
    }
}
