// Channel Prune on ONNX: whole output channels of Conv and Gemm layers are removed from the graph, so the model really
// gets smaller and faster (unlike Magnitude Prune's zeros). Per prunable layer (ChannelPruneGraph) round(amount·channels)
// channels of smallest filter L1 norm go, at least one staying, as torch.nn.utils.prune.ln_structured(n=1) ranks them;
// the layer's weight and bias, the BatchNorm parameters on the way and the consumer's input slice are rewritten one
// tensor at a time through OnnxModelEdit. Layers that cannot lose channels are reported with the reason.
using System.Globalization;
using System.Text.Json;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Amount">Fraction of each prunable layer's output channels to remove, in [0, 1).</param>
/// <param name="Include">Glob patterns over the layers' weight names (stored or as the Layers panel shows them).</param>
/// <param name="Exclude">Glob patterns; excluded layers keep all their channels.</param>
public sealed record ChannelPruning(double Amount, string? Include = null, string? Exclude = null) : IOnnxCompressionOperation
{
    public string Name => CompressionOperationNames.ChannelPrune;

    public static ChannelPruning FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.ChannelPrune, parameters,
            CompressionParameterKeys.Amount, CompressionParameterKeys.Include, CompressionParameterKeys.Exclude);
        var pruning = new ChannelPruning(p.Double(CompressionParameterKeys.Amount, null, 0, 1), p.Patterns(CompressionParameterKeys.Include),
            p.Patterns(CompressionParameterKeys.Exclude));
        pruning.Validate();
        return pruning;
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Amount, Amount), (CompressionParameterKeys.Include, Include), (CompressionParameterKeys.Exclude, Exclude));

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken)
    {
        Validate();
        var progress = input.Progress ?? Progress.NoProgress.Instance;
        progress.Begin($"{Name} {Amount.ToString(CultureInfo.InvariantCulture)}");
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        var selected = OnnxWeightSelection.Select(OnnxModelReader.OpenIndexed(WorkspacePolicy.Current.ToRead(input.Source, input.SpecPath, FileKind.Model)),
            Name, Include, Exclude).Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        var layers = ChannelPruneGraph.Layers(edit.Graph).Where(l => selected.Contains(l.Weight)).ToArray();
        if (!layers.Any(l => l.Skipped is null))
            throw new CompressionParameterException(Name, Include is null ? CompressionParameterKeys.Exclude : CompressionParameterKeys.Include,
                layers.Length == 0
                    ? "none of the selected weights belongs to a Conv or Gemm layer; include a Conv or Gemm weight."
                    : $"no selected layer can lose channels without changing other values: {string.Join("; ", layers.Take(6).Select(l => $"{Label(l)} {l.Skipped}"))}. " +
                      "Channels can go only where a layer feeds one Conv (or one Gemm through Flatten) through BatchNorm, activations and pooling alone.");

        var report = new List<OnnxChangedWeight>();
        var plan = new Dictionary<string, Dictionary<int, KeptChannels>>(StringComparer.Ordinal);
        var changedValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var weight = edit.Initializer(layer.Weight)!;
            if (layer.Skipped is { } why)
            {
                report.Add(new OnnxChangedWeight(layer.Weight, OnnxModelEdit.CountOf(weight), $"output channels kept: {why}"));
                continue;
            }
            var remove = (int)Math.Min(layer.Channels - 1, ExactPruner.TargetZeros(Amount, layer.Channels));
            if (remove == 0)
            {
                report.Add(new OnnxChangedWeight(layer.Weight, OnnxModelEdit.CountOf(weight), $"output channels kept: {Amount.ToString(CultureInfo.InvariantCulture)} of {layer.Channels} channels rounds to none"));
                continue;
            }
            var kept = ChannelSlicing.Kept(ChannelSlicing.L1Norms(weight.Dims, edit.ReadFloats(weight), layer.Slices[0].Axis), remove);
            foreach (var slice in layer.Slices)
            {
                if (!plan.TryGetValue(slice.Initializer, out var axes)) plan[slice.Initializer] = axes = [];
                axes[slice.Axis] = new KeptChannels(kept, slice.Block);
                report.Add(new OnnxChangedWeight(slice.Initializer, OnnxModelEdit.CountOf(edit.Initializer(slice.Initializer)!),
                    $"{slice.Role}: {kept.Length} of {layer.Channels} kept ({Label(layer)})"));
            }
            changedValues.UnionWith(layer.Values);
        }

        var done = 0;
        foreach (var (name, axes) in plan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report($"Slicing {name}", 90 * done++ / plan.Count);
            var tensor = edit.Initializer(name)!;
            var (dims, values) = ChannelSlicing.Slice(tensor.Dims, edit.ReadFloats(tensor), axes);
            edit.AddInitializer(name, dims, values);
            // Models of IR version 3 also list every initializer as a graph input, with its shape.
            if (edit.Graph.Input.FirstOrDefault(i => i.Name == name)?.Type?.TensorType is { } declared)
            {
                declared.Shape = new TensorShapeProto();
                declared.Shape.Dim.AddRange(dims.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
            }
        }
        // Shapes recorded for the values between a pruned layer and its consumer no longer hold; runtimes infer them again.
        foreach (var stale in edit.Graph.ValueInfo.Where(v => changedValues.Contains(v.Name)).ToArray()) edit.Graph.ValueInfo.Remove(stale);
        edit.Save(input.Target, input.SpecPath, cancellationToken);
        progress.End($"{Name}: {layers.Count(l => l.Skipped is null)} of {layers.Length} layers pruned");
        return new OnnxCompressionReport(report);
    }

    void Validate()
    {
        if (!(Amount >= 0 && Amount < 1))
            throw new CompressionParameterException(Name, CompressionParameterKeys.Amount,
                $"{Amount.ToString(CultureInfo.InvariantCulture)} is not a fraction from 0 up to (not including) 1; each layer keeps at least one channel.");
    }

    static string Label(ChannelPrunableLayer layer) => layer.Layer.Name.Length > 0 ? $"{layer.Layer.OpType} '{layer.Layer.Name}'" : $"{layer.Layer.OpType} of '{layer.Weight}'";
}
