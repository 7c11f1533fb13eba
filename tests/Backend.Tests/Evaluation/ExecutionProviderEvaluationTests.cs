// Evaluation on the provider the user chose, through the CLI flag and the RPC setting: refused with ExecutionProviderUnavailable
// and nothing cached where CUDA cannot run (this repository's CPU-only build), and on a GPU machine with a CUDA build, run on
// the GPU, reported as such, and cached apart from the CPU's outputs.
using System.Text.Json;
using Backend.Tests.Demo;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using StreamJsonRpc;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class ExecutionProviderEvaluationTests(DemoFixture demo)
{
    DemoWorkspace Workspace() => new(demo, [("cnn", "models/cnn.onnx"), ("mlp", "models/mlp.onnx")]);

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CpuOnly)]
    public async Task Evaluate_with_cuda_on_the_cpu_only_build_exits_2_with_error_1013_and_caches_nothing()
    {
        using var workspace = Workspace();
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["evaluate", workspace.Spec, "--execution-provider", "cuda"], default);
        Assert.Equal(CliRunner.ExitFailure, exit);
        var error = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error");
        Assert.Equal(RpcErrorCodes.ExecutionProviderUnavailable.ToString(), error.GetProperty("code").GetString());
        Assert.Contains("CPU-only build", error.GetProperty("message").GetString());
        Assert.Empty(workspace.CacheFiles());
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CpuOnly)]
    public async Task Compare_probe_activations_and_bench_evaluate_with_cuda_on_the_cpu_only_build_exit_2_with_error_1013()
    {
        using var workspace = new DemoWorkspace(demo, [("cnn", "models/cnn.onnx"), ("cnn-prune50", "models/cnn-prune50.onnx")]);
        string[][] commands =
        [
            ["compare", workspace.Spec, "--base", "cnn", "--models", "cnn-prune50", "--execution-provider", "cuda"],
            ["probe", "--spec", workspace.Spec, "--base", "cnn", "--models", "cnn-prune50", "--activations", "8", "--execution-provider", "cuda:1"],
            ["bench", "evaluate", workspace.Spec, "--repeat", "1", "--execution-provider", "cuda"],
        ];
        foreach (var command in commands)
        {
            var stdout = new StringWriter();
            Assert.Equal(CliRunner.ExitFailure, await TestBackend.Cli(stdout).RunAsync(command, default));
            var error = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error");
            Assert.True(RpcErrorCodes.ExecutionProviderUnavailable.ToString() == error.GetProperty("code").GetString(), $"{command[0]}: {error}");
        }
        Assert.Empty(workspace.CacheFiles());
    }

    [Fact]
    public async Task Evaluate_with_an_unknown_provider_is_a_usage_error_before_anything_runs()
    {
        using var workspace = Workspace();
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["evaluate", workspace.Spec, "--execution-provider", "gpu"], default);
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Equal(RpcErrorCodes.InvalidRequest.ToString(), JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(workspace.CacheFiles());
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CpuOnly)]
    public async Task A_connection_initialized_with_cuda_on_the_cpu_only_build_gets_1013_for_evaluate_and_caches_nothing()
    {
        using var workspace = Workspace();
        var target = TestBackend.RpcTarget();
        target.Initialize(new InitializeParams
        {
            ClientName = "xunit",
            ProtocolVersion = RpcMethods.ProtocolVersion,
            WorkspaceFolders = [workspace.Folder],
            Trusted = true,
            ExecutionProvider = "cuda:0",
        });
        var error = await Assert.ThrowsAsync<LocalRpcException>(() => target.EvaluateAsync(new EvaluateParams { Path = workspace.Spec }, default));
        Assert.Equal(RpcErrorCodes.ExecutionProviderUnavailable, error.ErrorCode);
        Assert.Empty(workspace.CacheFiles());
    }

    [Fact]
    public async Task A_connection_initialized_without_a_provider_runs_on_the_cpu_and_says_so()
    {
        using var workspace = Workspace();
        var target = TestBackend.RpcTarget();
        target.Initialize(new InitializeParams { ClientName = "xunit", ProtocolVersion = RpcMethods.ProtocolVersion, WorkspaceFolders = [workspace.Folder], Trusted = true });
        var result = await target.EvaluateAsync(new EvaluateParams { Path = workspace.Spec }, default);
        Assert.Equal(["cpu", "cpu"], result.Models.Select(m => m.ExecutionProvider));
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CudaWithGpu)]
    public async Task On_a_gpu_the_models_run_on_cuda_agree_with_the_cpu_and_are_cached_apart_from_it()
    {
        using var workspace = Workspace();
        var service = new EvaluationService(new SpecService(NullLogger<SpecService>.Instance));
        ExecutionProvider.Use(ExecutionProvider.Cuda(0));
        var gpu = await service.EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, default);
        var gpuOutputs = await service.GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        ExecutionProvider.Use(ExecutionProvider.Cpu);
        var cpu = await service.EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, default);
        var cpuOutputs = await service.GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);

        Assert.Equal([("cuda:0", false, null), ("cuda:0", false, null)], gpu.Models.Select(m => (m.ExecutionProvider, m.Cached, m.Error)));
        Assert.Equal([("cpu", false), ("cpu", false)], cpu.Models.Select(m => (m.ExecutionProvider, m.Cached)));
        Assert.Equal(4, workspace.CacheFiles().Length);
        Assert.All(gpu.Models.Zip(cpu.Models), p => Assert.Equal(p.Second.Accuracy!.Value, p.First.Accuracy!.Value, 2));
        var agree = gpuOutputs.Predicted.Zip(cpuOutputs.Predicted).Count(p => p.First == p.Second);
        Assert.True(agree >= 0.99 * gpuOutputs.Instances, $"{agree} of {gpuOutputs.Instances} predictions agree");
        Assert.True(gpuOutputs.Probabilities.Zip(cpuOutputs.Probabilities).All(p => Math.Abs(p.First - p.Second) < 1e-3), "probabilities within 1e-3");
    }
}
