// The experiment tree of the bundled demo, modelled on the Compress and Compare paper's study: global
// magnitude pruning across sparsities, pruning that spares the first layer and normalization, iterative
// prune → fine-tune, gradient (Taylor) pruning, int8, palettization at 2/4/6 bits, and chains.
using CompressCompare.Backend.Compression;
using CompressCompare.Protocol.Spec;
using static CompressCompare.Backend.Compression.OperationParameters;
using K = CompressCompare.Backend.Compression.CompressionParameterKeys;
using N = CompressCompare.Backend.Compression.CompressionOperationNames;

namespace CompressCompare.Backend.Demo;

/// <summary>One model of the plan: made by applying <paramref name="Operation"/> to <paramref name="Base"/>.</summary>
public sealed record PlannedModel(string Id, string Base, string Tag, OperationApplication Operation);

public static class DemoPlan
{
    public const string Cnn = "cnn";
    public const string Mlp = "mlp";
    /// <summary>The CNN's first convolution: sparing it (and normalization, never pruned by default) is a classic recipe.</summary>
    const string FirstLayer = "features.0.*";

    public static IReadOnlyList<PlannedModel> Models(int seed)
    {
        var plan = new List<PlannedModel>();
        void Add(string id, string parent, string tag, string op, params (string, object?)[] parameters) =>
            plan.Add(new PlannedModel(id, parent, tag, Application(op, parameters)));

        foreach (var amount in new[] { 0.1, 0.3, 0.5, 0.7, 0.9, 0.99 })
            Add($"cnn-prune{Pct(amount)}", Cnn, $"Prune {Pct(amount)}%", N.MagnitudePrune, (K.Amount, amount), (K.Scope, PruningScopes.Global));
        foreach (var amount in new[] { 0.5, 0.7, 0.9 })
            Add($"cnn-sprune{Pct(amount)}", Cnn, $"Prune {Pct(amount)}% (spare first layer)", N.MagnitudePrune,
                (K.Amount, amount), (K.Scope, PruningScopes.Global), (K.Exclude, FirstLayer));
        Add("cnn-prune70-ft", "cnn-prune70", "Fine-tune 3 ep", N.FineTune, (K.Epochs, 3));
        Add("cnn-prune90-ft", "cnn-prune90", "Fine-tune 3 ep", N.FineTune, (K.Epochs, 3));
        // Iterative: prune a little, recover, prune more, recover.
        Add("cnn-prune50-ft", "cnn-prune50", "Fine-tune 2 ep", N.FineTune, (K.Epochs, 2));
        Add("cnn-prune50-ft-prune80", "cnn-prune50-ft", "Prune 80%", N.MagnitudePrune, (K.Amount, 0.8), (K.Scope, PruningScopes.Global));
        Add("cnn-prune50-ft-prune80-ft", "cnn-prune50-ft-prune80", "Fine-tune 2 ep", N.FineTune, (K.Epochs, 2));
        foreach (var amount in new[] { 0.5, 0.8 })
            Add($"cnn-taylor{Pct(amount)}", Cnn, $"Taylor prune {Pct(amount)}%", N.TaylorPrune,
                (K.Amount, amount), (K.Scope, PruningScopes.Global), (K.Samples, 256), (K.Seed, seed));
        Add("cnn-int8", Cnn, "Int8", N.Int8Quantize);
        foreach (var bits in new[] { 2, 4, 6 })
            Add($"cnn-pal{bits}", Cnn, $"Palettize {bits}-bit", N.Palettize, (K.Bits, bits));
        Add("cnn-prune50-int8", "cnn-prune50", "Int8", N.Int8Quantize);
        Add("cnn-sprune70-cal", "cnn-sprune70", "Calibrate", N.Calibrate, (K.Samples, 512), (K.Seed, seed));
        Add("cnn-sprune70-cal-int8", "cnn-sprune70-cal", "Int8", N.Int8Quantize);
        Add("cnn-prune90-cal", "cnn-prune90", "Calibrate", N.Calibrate, (K.Samples, 512), (K.Seed, seed));
        Add("cnn-prune90-cal-int8", "cnn-prune90-cal", "Int8", N.Int8Quantize);
        // With cnn-prune90-cal these make two pruning subtrees, one with a calibrate step: amount × calibrate.
        foreach (var amount in new[] { 0.5, 0.7 })
            Add($"cnn-prune{Pct(amount)}-cal", $"cnn-prune{Pct(amount)}", "Calibrate", N.Calibrate, (K.Samples, 512), (K.Seed, seed));
        foreach (var amount in new[] { 0.5, 0.9 })
            Add($"mlp-prune{Pct(amount)}", Mlp, $"Prune {Pct(amount)}%", N.MagnitudePrune, (K.Amount, amount), (K.Scope, PruningScopes.Global));
        Add("mlp-int8", Mlp, "Int8", N.Int8Quantize);
        Add("mlp-pal4", Mlp, "Palettize 4-bit", N.Palettize, (K.Bits, 4));
        return plan;
    }

    static string Pct(double amount) => ((int)Math.Round(amount * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
