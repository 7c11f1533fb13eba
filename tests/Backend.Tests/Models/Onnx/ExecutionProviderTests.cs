// The execution provider: how the setting and the CLI flag are read, and what happens when CUDA is asked for on a
// backend or machine that cannot give it. The refusals are real, not mocked: each runs on the build and machine that
// produce it (OnnxRuntimeBuildFact), and the plain CPU-only build of this repository is one of them.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Rpc;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Models.Onnx;

public sealed class ExecutionProviderTests
{
    [Theory]
    [InlineData(null, "cpu")]
    [InlineData("", "cpu")]
    [InlineData("cpu", "cpu")]
    [InlineData(" CPU ", "cpu")]
    [InlineData("cuda", "cuda:0")]
    [InlineData("CUDA:3", "cuda:3")]
    public void Parse_accepts_cpu_cuda_and_a_device(string? text, string name) =>
        Assert.Equal(name, ExecutionProvider.Parse(text, "--execution-provider").Name);

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:")]
    [InlineData("cuda:-1")]
    [InlineData("cuda:one")]
    [InlineData("tensorrt")]
    public void Parse_refuses_anything_else_with_the_accepted_forms(string text)
    {
        var e = Assert.Throws<BackendException>(() => ExecutionProvider.Parse(text, "--execution-provider"));
        Assert.Equal(RpcErrorCodes.InvalidRequest, e.Code);
        Assert.Contains($"\"{text}\"", e.Message);
        Assert.Contains("cuda:N", e.ErrorData.Hint);
    }

    [Fact]
    public void The_cpu_keeps_the_cache_key_it_always_had_and_cuda_gets_its_own_whatever_the_device()
    {
        const string artifact = "0f3a";
        Assert.Equal(artifact, ModelOutputResolver.CacheKeyOf(artifact, null, ExecutionProvider.Cpu));
        var cuda = ModelOutputResolver.CacheKeyOf(artifact, null, ExecutionProvider.Cuda(0));
        Assert.NotEqual(artifact, cuda);
        Assert.Equal(cuda, ModelOutputResolver.CacheKeyOf(artifact, null, ExecutionProvider.Cuda(1)));
        Assert.NotEqual(ModelOutputResolver.CacheKeyOf(artifact, "logits", ExecutionProvider.Cpu), ModelOutputResolver.CacheKeyOf(artifact, "logits", ExecutionProvider.Cuda(0)));
    }

    [Fact]
    public void The_cpu_needs_no_check_and_appends_nothing()
    {
        OnnxProviderSetup.RequireAvailable(ExecutionProvider.Cpu);
        using var options = new SessionOptions();
        OnnxProviderSetup.Apply(options, ExecutionProvider.Cpu);
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CpuOnly)]
    public void Cuda_on_the_cpu_only_build_is_refused_naming_the_build_and_how_to_get_a_cuda_one()
    {
        using var options = new SessionOptions();
        var e = Assert.Throws<BackendException>(() => OnnxProviderSetup.Apply(options, ExecutionProvider.Cuda(0)));
        Assert.Equal(RpcErrorCodes.ExecutionProviderUnavailable, e.Code);
        Assert.Contains("CPU-only build", e.Message);
        Assert.Contains("CPUExecutionProvider", e.Message);
        Assert.Contains("-p:OnnxRuntimeGpu=true", e.ErrorData.Hint);
        Assert.Contains("\"cpu\"", e.ErrorData.Hint);
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CudaWithoutGpu)]
    public void Cuda_on_a_cuda_build_without_a_gpu_is_refused_with_what_onnx_runtime_said()
    {
        var e = Assert.Throws<BackendException>(() => OnnxProviderSetup.RequireAvailable(ExecutionProvider.Cuda(0)));
        Assert.Equal(RpcErrorCodes.ExecutionProviderUnavailable, e.Code);
        Assert.Contains("cannot start on device 0", e.Message);
        Assert.Contains("nvidia-smi", e.ErrorData.Hint);
    }

    [OnnxRuntimeBuildFact(OnnxRuntimeBuild.CudaWithGpu)]
    public void Cuda_on_a_cuda_build_with_a_gpu_starts()
    {
        OnnxProviderSetup.RequireAvailable(ExecutionProvider.Cuda(0));
        using var options = new SessionOptions();
        OnnxProviderSetup.Apply(options, ExecutionProvider.Cuda(0));
    }
}
