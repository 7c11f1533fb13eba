// Facts that need a particular ONNX Runtime build or machine: the CPU-only build (the default), a CUDA build on a
// machine without a usable GPU, or a CUDA build where `nvidia-smi` lists a GPU. Elsewhere they are skipped, and the
// runner prints why (xunit 2's static Skip: the condition is known before the test runs).
using System.Diagnostics;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Models.Onnx;

public enum OnnxRuntimeBuild
{
    /// <summary>The default package: no CUDA provider at all.</summary>
    CpuOnly,
    /// <summary>Built with -p:OnnxRuntimeGpu=true, on a machine where nvidia-smi lists no GPU.</summary>
    CudaWithoutGpu,
    /// <summary>Built with -p:OnnxRuntimeGpu=true, and nvidia-smi lists a GPU.</summary>
    CudaWithGpu,
}

public sealed class OnnxRuntimeBuildFactAttribute : FactAttribute
{
    public OnnxRuntimeBuildFactAttribute(OnnxRuntimeBuild needs)
    {
        var (build, why) = Current.Value;
        if (build != needs)
            Skip = $"needs the {needs} ONNX Runtime build/machine; here: {why}. " +
                   "GPU tests: on a machine with an NVIDIA GPU, CUDA 13 and cuDNN 9, run `dotnet test tests/Backend.Tests -c Release -p:OnnxRuntimeGpu=true`.";
    }

    static readonly Lazy<(OnnxRuntimeBuild Build, string Why)> Current = new(Detect);

    static (OnnxRuntimeBuild, string) Detect()
    {
        var providers = OnnxProviderSetup.AvailableProviders();
        if (!providers.Contains(OnnxProviderSetup.CudaProviderName))
            return (OnnxRuntimeBuild.CpuOnly, $"the CPU-only build (providers: {string.Join(", ", providers)})");
        var gpu = NvidiaSmiGpu();
        return gpu is null ? (OnnxRuntimeBuild.CudaWithoutGpu, "a CUDA build, but nvidia-smi lists no GPU")
                           : (OnnxRuntimeBuild.CudaWithGpu, $"a CUDA build with {gpu}");
    }

    /// <summary>The first line of `nvidia-smi -L` (e.g. "GPU 0: NVIDIA H100 …"); null when it is missing, fails or lists none.</summary>
    static string? NvidiaSmiGpu()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("nvidia-smi", "-L") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(15_000) || process.ExitCode != 0) return null;
            return output.Split('\n').FirstOrDefault(l => l.StartsWith("GPU ", StringComparison.Ordinal))?.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }
}
