// Which parameters an operation acts on, from include/exclude glob patterns over dotted parameter names
// ("features.0.weight"). `*` matches any run of characters (dots included), `?` one character.
//
// Layer weights (the weight of every Linear and Conv2d) are selected by default. Biases and normalization
// parameters (BatchNorm scale and shift) are never selected unless an include pattern names them explicitly:
// its last dotted segment has no wildcard ("*.bias", "features.1.weight"), so "classifier.*" or "*" select the
// classifier's weights but not its biases. Exclude always wins. Normalization layers are recognised by their
// module type, not their name: a pattern like "*bn*" is not needed to protect them.
using CompressCompare.Backend.Models.Torch;
using TorchSharp.Modules;

namespace CompressCompare.Backend.Compression;

/// <param name="Name">Dotted parameter name, e.g. "classifier.0.weight".</param>
/// <param name="LayerName">The module that owns it, e.g. "classifier.0".</param>
/// <param name="IsLayerWeight">Whether it is the weight of a Linear or Conv2d layer.</param>
public sealed record SelectedParameter(string Name, string LayerName, Parameter Tensor, bool IsLayerWeight);

public sealed record ParameterSelection(string? Include, string? Exclude)
{
    public static ParameterSelection Default { get; } = new(null, null);

    /// <summary>
    /// The selected parameters in the module's parameter order. With <paramref name="layerWeightsOnly"/> (quantization,
    /// palettization: encodings exist for layer weights only) biases and normalization parameters are never selected.
    /// Throws when a pattern matches no parameter (a misspelt exclude would otherwise silently compress a protected layer)
    /// or when nothing is left to select.
    /// </summary>
    public IReadOnlyList<SelectedParameter> Select(TorchClassifier model, string operation, bool layerWeightsOnly = false)
    {
        var layerWeights = model.WeightedLayers().Select(l => l.WeightName).ToHashSet(StringComparer.Ordinal);
        var all = model.Module.named_parameters()
            .Select(p => new SelectedParameter(p.name, LayerOf(p.name), p.parameter, layerWeights.Contains(p.name)))
            .ToArray();
        var include = NamePattern.Compile(Include);
        var exclude = NamePattern.Compile(Exclude);
        foreach (var (key, patterns) in new[] { (CompressionParameterKeys.Include, include), (CompressionParameterKeys.Exclude, exclude) })
            foreach (var pattern in patterns)
                if (!all.Any(p => pattern.Regex.IsMatch(p.Name)))
                    throw new CompressionParameterException(operation, key,
                        $"\"{pattern.Text}\" matches no parameter of the model; its parameters are {string.Join(", ", all.Select(p => p.Name))}.");

        var selected = all.Where(p =>
            !exclude.Any(x => x.Regex.IsMatch(p.Name)) &&
            (p.IsLayerWeight
                ? include.Length == 0 || include.Any(i => i.Regex.IsMatch(p.Name))
                : !layerWeightsOnly && include.Any(i => i.IsExplicit && i.Regex.IsMatch(p.Name))))
            .ToArray();
        if (selected.Length == 0)
            throw new CompressionParameterException(operation, Include is null ? CompressionParameterKeys.Exclude : CompressionParameterKeys.Include,
                $"no parameter is left to compress (include \"{Include}\", exclude \"{Exclude}\"); layer weights are {string.Join(", ", layerWeights)}.");
        return selected;
    }

    static string LayerOf(string parameterName) =>
        parameterName.LastIndexOf('.') is var dot and > 0 ? parameterName[..dot] : parameterName;
}
