// A compression operation on an ONNX model's file alone, with no libtorch: it reads the source model and writes the
// compressed one as a new file. The same names and parameters as the TorchSharp operations (ICompressionOperation),
// so a spec records either the same way; CompressService picks this path for any ONNX artifact.
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Onnx;

public interface IOnnxCompressionOperation
{
    /// <summary>One of <see cref="CompressionOperationNames"/>.</summary>
    string Name { get; }

    /// <summary>The operation as a spec records it: its name and every parameter value, defaults included.</summary>
    OperationApplication ToApplication();

    /// <summary>
    /// Writes <see cref="OnnxCompressionInput.Target"/> from <see cref="OnnxCompressionInput.Source"/>. The target appears whole or not
    /// at all, never replaces an existing file, and nothing is left behind when this throws or is cancelled.
    /// </summary>
    OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken);
}

/// <param name="Source">The model's .onnx artifact.</param>
/// <param name="Target">The new .onnx file to write (absent).</param>
/// <param name="SpecPath">The spec both belong to: it bounds where files are read and written.</param>
/// <param name="Feed">The spec's dataset, for operations that run the model (static int8 calibration, Calibrate); null when there is none.</param>
public sealed record OnnxCompressionInput(string Source, string Target, string SpecPath, IOnnxFeed? Feed = null, IWorkProgress? Progress = null)
{
    public IOnnxFeed RequireFeed(string operation) => Feed ?? throw new CompressionParameterException(operation, CompressionParameterKeys.Samples,
        "this operation runs the model on the spec's dataset, and the spec has none; add a \"dataset\" to the spec.");
}

/// <summary>What an operation changed, one entry per weight it rewrote: its stored name, values, and what became of it ("70% zeros", "int8 per channel").</summary>
public sealed record OnnxCompressionReport(IReadOnlyList<OnnxChangedWeight> Weights);

public sealed record OnnxChangedWeight(string Name, long Count, string Change);
