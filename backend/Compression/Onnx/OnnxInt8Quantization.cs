// "Int8 Quantize" on an ONNX model alone, with no libtorch. activations "none": each selected weight becomes int8 codes with
// per-output-channel scales and a DequantizeLinear node (OnnxInt8Weights). activations "static": the same, plus a
// QuantizeLinear→DequantizeLinear pair on every float activation the quantized layers read, with ranges calibrated by
// running the float model on `samples` instances of the spec's dataset (OnnxActivationRanges, OnnxQdqActivations): the QDQ
// model ONNX Runtime's quantize_static writes. The weights are selected as for pruning (OnnxWeightSelection).
using System.Text.Json;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Spec;
using K = CompressCompare.Backend.Compression.CompressionParameterKeys;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Activations">"none" (weight-only) or "static" (<see cref="Int8Activations"/>).</param>
/// <param name="Samples">Calibration instances for "static"; unused by "none".</param>
public sealed record OnnxInt8Quantization(string Activations = Int8Activations.None, int Samples = Int8Activations.DefaultSamples,
    string? Include = null, string? Exclude = null) : IOnnxCompressionOperation
{
    /// <summary>DequantizeLinear's axis attribute (per-channel scales) arrived in opset 13.</summary>
    const int Opset = 13;

    public string Name => CompressionOperationNames.Int8Quantize;
    bool IsStatic => Activations == Int8Activations.Static;

    public static OnnxInt8Quantization FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.Int8Quantize, parameters, K.Activations, K.Samples, K.Include, K.Exclude);
        var (activations, samples) = Int8Activations.Read(p);
        return new OnnxInt8Quantization(activations, samples, p.Patterns(K.Include), p.Patterns(K.Exclude));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (K.Activations, Activations), (K.Samples, IsStatic ? Samples : null), (K.Include, Include), (K.Exclude, Exclude));

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken)
    {
        var feed = IsStatic ? input.RequireFeed(Name) : null;
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        var indexed = OnnxModelReader.OpenIndexed(WorkspacePolicy.Current.ToRead(input.Source, input.SpecPath, FileKind.Model));
        var selected = OnnxWeightSelection.Select(indexed, Name, Include, Exclude).Select(w => w.Name).ToArray();
        var (weights, activations) = OnnxInt8Layers.Plan(edit.Graph, selected);
        edit.RequireOpset(Opset, Name);
        // Layers whose every input is constant read no activation: then there is nothing to calibrate.
        var ranges = feed is null || activations.Count == 0 ? null
            : OnnxActivationRanges.Calibrate(edit, [.. activations.Select(a => a.Tensor).Distinct()], feed, Samples, cancellationToken);
        var names = new OnnxFreshNames(edit.Graph);
        var changed = OnnxInt8Weights.Quantize(edit, weights, names, input.Progress, cancellationToken,
            ranges is null ? Int8Quantization.MaxLevel : OnnxInt8Weights.ReducedMaxLevel);
        if (ranges is not null) OnnxQdqActivations.Insert(edit, activations, ranges, names);
        edit.Save(input.Target, input.SpecPath, cancellationToken);
        return new OnnxCompressionReport(changed);
    }
}
