// Where ONNX Runtime runs a model: the CPU (the default) or a CUDA GPU. Chosen per connection by `initialize` (the
// setting compressCompare.evaluation.executionProvider) or per CLI run by --execution-provider, and read by every
// place that makes a session (OnnxSessionOptions), so evaluation, comparison, activations and benchmarks all run on
// the provider the user asked for. It flows with the request (an async-local), as the workspace policy does.
using System.Globalization;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Models.Onnx;

public sealed record ExecutionProvider
{
    public const string CpuName = "cpu";
    public const string CudaName = "cuda";
    /// <summary>The CLI flag of the commands that run ONNX models.</summary>
    public const string CliFlag = "--execution-provider";

    static readonly AsyncLocal<ExecutionProvider?> ambient = new();

    ExecutionProvider(bool cuda, int deviceId) => (IsCuda, DeviceId) = (cuda, deviceId);

    public static ExecutionProvider Cpu { get; } = new(false, 0);
    public static ExecutionProvider Cuda(int deviceId = 0) => new(true, deviceId);

    public bool IsCuda { get; }
    /// <summary>The CUDA device index (as CUDA numbers them, after CUDA_VISIBLE_DEVICES); 0 on the CPU.</summary>
    public int DeviceId { get; }

    /// <summary>"cpu" or "cuda:N": what ModelEvaluation.ExecutionProvider and the logs report.</summary>
    public string Name => IsCuda ? $"{CudaName}:{DeviceId.ToString(CultureInfo.InvariantCulture)}" : CpuName;

    /// <summary>The provider of the request being served (its connection's), else the CLI run's, else the CPU.</summary>
    public static ExecutionProvider Current => ambient.Value ?? Cpu;

    /// <summary>Makes <paramref name="provider"/> current for the calling async flow and everything it starts.</summary>
    public static void Use(ExecutionProvider provider) => ambient.Value = provider;

    /// <summary>
    /// "cpu", "cuda" (device 0) or "cuda:N", any case; null or empty is the CPU. BackendException (InvalidRequest) with the
    /// accepted forms otherwise: a typo must not quietly run on the CPU.
    /// </summary>
    public static ExecutionProvider Parse(string? text, string where)
    {
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value is "" or CpuName) return Cpu;
        if (value == CudaName) return Cuda();
        if (value.StartsWith(CudaName + ":", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(CudaName.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var device))
            return Cuda(device);
        throw new BackendException(RpcErrorCodes.InvalidRequest, $"{where} is \"{text}\", which is not an execution provider.",
            new RpcErrorData { Hint = "Use \"cpu\", \"cuda\" (GPU 0) or \"cuda:N\" for GPU N." });
    }

    public override string ToString() => Name;
}
