// Unstructured magnitude pruning: the selected weights with the smallest |w| become exactly zero, either with
// one threshold over all selected tensors ("global") or the same sparsity in each tensor ("per-layer").
using System.Text.Json;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

/// <param name="Amount">Target sparsity s: exactly round(s·n) of the n selected entries are zero afterwards (per tensor with "per-layer").</param>
/// <param name="Scope">"global" or "per-layer" (<see cref="PruningScopes"/>).</param>
/// <param name="Include">Comma-separated glob patterns over parameter names; see <see cref="ParameterSelection"/>.</param>
/// <param name="Exclude">Comma-separated glob patterns; excluded tensors are left bit for bit unchanged.</param>
public sealed record MagnitudePruning(double Amount, string Scope = PruningScopes.Global, string? Include = null, string? Exclude = null)
    : ICompressionOperation
{
    public string Name => CompressionOperationNames.MagnitudePrune;

    public static MagnitudePruning FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.MagnitudePrune, parameters,
            CompressionParameterKeys.Amount, CompressionParameterKeys.Scope, CompressionParameterKeys.Include, CompressionParameterKeys.Exclude);
        return new MagnitudePruning(
            p.Double(CompressionParameterKeys.Amount, null, 0, 1),
            p.Choice(CompressionParameterKeys.Scope, PruningScopes.Global, PruningScopes.Global, PruningScopes.PerLayer),
            p.Patterns(CompressionParameterKeys.Include),
            p.Patterns(CompressionParameterKeys.Exclude));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Amount, Amount), (CompressionParameterKeys.Scope, Scope),
        (CompressionParameterKeys.Include, Include), (CompressionParameterKeys.Exclude, Exclude));

    public TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default)
    {
        PruningChecks.Validate(Name, Amount, Scope);
        var result = model.Clone();
        try
        {
            var selected = new ParameterSelection(Include, Exclude).Select(result, Name);
            var scored = selected.Select(p =>
            {
                var values = TensorValues.ToArray(p.Tensor);
                return new ScoredParameter(p, values, values.Select(MathF.Abs).ToArray());
            }).ToArray();
            ExactPruner.Prune(scored, Amount, Scope);
            return result.WithEncodings(PruningChecks.WithoutEncodingsOf(result, selected));
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}

internal static class PruningChecks
{
    public static void Validate(string operation, double amount, string scope)
    {
        if (!(amount >= 0 && amount <= 1))
            throw new CompressionParameterException(operation, CompressionParameterKeys.Amount, $"{amount} is not a sparsity from 0 to 1.");
        if (scope is not (PruningScopes.Global or PruningScopes.PerLayer))
            throw new CompressionParameterException(operation, CompressionParameterKeys.Scope, $"\"{scope}\" is not \"{PruningScopes.Global}\" or \"{PruningScopes.PerLayer}\".");
    }

    /// <summary>The model's encodings less those of layers whose weight was pruned (their values changed: float32 now).</summary>
    public static IReadOnlyDictionary<string, WeightEncoding> WithoutEncodingsOf(TorchClassifier model, IEnumerable<SelectedParameter> changed)
    {
        var encodings = new Dictionary<string, WeightEncoding>(model.WeightEncodings);
        foreach (var parameter in changed.Where(p => p.IsLayerWeight))
            encodings.Remove(parameter.LayerName);
        return encodings;
    }
}
