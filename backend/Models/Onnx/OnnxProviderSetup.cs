// Puts the chosen execution provider on a session's options. The CPU needs nothing. CUDA is checked once per device and
// process, before any model runs: that the ONNX Runtime in this build has the CUDA provider at all (the default
// package is CPU-only), then that a tiny session starts and runs on the device (driver, GPU, CUDA and cuDNN libraries;
// the message lists those that cannot be loaded).
// Any failure is ExecutionProviderUnavailable naming what is missing: never a quiet fall back to the CPU, which would
// let a user believe a run was on the GPU. (ONNX Runtime still places single operators the CUDA provider lacks on the
// CPU inside a CUDA session; that is its design, and the session's provider is still CUDA.)
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Rpc;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Models.Onnx;

public static class OnnxProviderSetup
{
    /// <summary>ONNX Runtime's name of its CUDA provider, as GetAvailableProviders lists it.</summary>
    public const string CudaProviderName = "CUDAExecutionProvider";

    /// <summary>What to do when CUDA is not there, in every message: the user can always go back to the CPU.</summary>
    const string OrUseCpu = "or set compressCompare.evaluation.executionProvider (CLI: --execution-provider) to \"cpu\".";

    /// <summary>The verdict per CUDA device (null: it works). Kept for the process: restart the backend after installing CUDA.</summary>
    static readonly ConcurrentDictionary<int, Lazy<BackendException?>> verdicts = new();

    /// <summary>Appends <paramref name="provider"/> to <paramref name="options"/>; BackendException (ExecutionProviderUnavailable) when it cannot run here.</summary>
    public static void Apply(SessionOptions options, ExecutionProvider provider)
    {
        if (!provider.IsCuda) return;
        RequireAvailable(provider);
        options.AppendExecutionProvider_CUDA(provider.DeviceId);
    }

    /// <summary>Nothing on the CPU; for CUDA, throws ExecutionProviderUnavailable unless a session runs on the device.</summary>
    public static void RequireAvailable(ExecutionProvider provider)
    {
        if (!provider.IsCuda) return;
        if (verdicts.GetOrAdd(provider.DeviceId, device => new Lazy<BackendException?>(() => Probe(device))).Value is { } refusal)
            throw refusal;
    }

    /// <summary>The providers this build's ONNX Runtime offers, e.g. [CPUExecutionProvider] for the default package.</summary>
    public static IReadOnlyList<string> AvailableProviders() => OrtEnv.Instance().GetAvailableProviders();

    static BackendException? Probe(int device)
    {
        var available = AvailableProviders();
        if (!available.Contains(CudaProviderName))
            return Unavailable(
                $"CUDA device {device} was asked for, but this backend's ONNX Runtime is the CPU-only build (it offers {string.Join(", ", available)}).",
                "Build a CUDA-capable backend with `dotnet publish backend -c Release -p:OnnxRuntimeGpu=true -o <folder>` on the GPU machine and set compressCompare.backend.path " +
                $"to <folder>/CompressCompare.Backend.dll (docs/execution.md), {OrUseCpu}");
        try
        {
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            options.AppendExecutionProvider_CUDA(device);
            using var session = new InferenceSession(TinyModel(), options);
            using var input = OrtValue.CreateTensorValueFromMemory(new float[] { -1f, 2f }, [2]);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, ["x"], [input], ["y"]);
            return null;
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
        {
            var missing = CudaLibraries.Where(library => !NativeLibrary.TryLoad(library, out var handle) || Free(handle)).ToList();
            return Unavailable($"ONNX Runtime's CUDA provider cannot start on device {device}: {e.Message}" +
                (missing.Count > 0 ? $" Not found: {string.Join(", ", missing)}." : ""),
                $"Check that `nvidia-smi` lists GPU {device}, and that the CUDA 13 runtime (cudart, cuBLAS, cuRAND) and cuDNN 9 libraries ONNX Runtime 1.31 needs are installed " +
                $"and on LD_LIBRARY_PATH (docs/execution.md); then restart the backend, {OrUseCpu}");
        }
    }

    /// <summary>
    /// What the CUDA provider of ONNX Runtime 1.31's Linux package loads (its ELF NEEDED entries, and cuDNN, which it opens
    /// itself): libcuda.so.1 comes with the NVIDIA driver, the others with the CUDA 13 toolkit or its pip/conda wheels.
    /// </summary>
    static readonly string[] CudaLibraries = ["libcuda.so.1", "libcudart.so.13", "libcublas.so.13", "libcublasLt.so.13", "libcurand.so.10", "libcudnn.so.9"];

    static bool Free(IntPtr handle)
    {
        NativeLibrary.Free(handle);
        return false;
    }

    static BackendException Unavailable(string message, string hint) =>
        new(RpcErrorCodes.ExecutionProviderUnavailable, message, new RpcErrorData { Hint = hint });

    /// <summary>y = Relu(x) on float[2]: the smallest model that makes the CUDA provider start and run a kernel.</summary>
    static byte[] TinyModel()
    {
        var graph = new GraphProto { Name = "cuda-probe" };
        graph.Node.Add(OnnxProtoFactory.Node("Relu", "relu", ["x"], "y"));
        graph.Input.Add(OnnxProtoFactory.ValueInfo("x", OnnxDataType.Float, 2));
        graph.Output.Add(OnnxProtoFactory.ValueInfo("y", OnnxDataType.Float, 2));
        var model = new ModelProto { IrVersion = OnnxModelWriter.IrVersion, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model.ToByteArray();
    }
}
