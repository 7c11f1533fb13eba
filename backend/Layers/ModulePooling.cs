// Pools tensor statistics into modules: a tensor's module and every dotted prefix of it ("features.0.weight" belongs
// to "", "features" and "features.0"; a graph-named "block3.Convolution271" to "", "block3" and itself), each typed
// from the model's ModuleTypes. Sparsity, its split (zero in both, zero only here) and change are pooled over values, relative L2 over sums of squares.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Protocol.Layers;

namespace CompressCompare.Backend.Layers;

public sealed class ModulePooling(int models, IReadOnlyDictionary<string, string>? types = null)
{
    sealed class Totals
    {
        public long Params;
        public long Zeros;
        public long Changed;
        public long ZeroInBoth;
        public long ZeroOnlyHere;
        public double SquaredDifference;
        public double SquaredBase;
        public bool Present;
    }

    // Insertion order puts each parent before its children, since a tensor adds its prefixes shortest first.
    readonly Dictionary<string, Totals[]> _modules = [];
    readonly Dictionary<string, long> _params = [];

    /// <summary>The module a tensor belongs to: its name up to the last dot, "" at the top level.</summary>
    public static string ModuleOf(string tensor) => ModulePaths.ModuleOf(tensor);

    static string? ParentOf(string module) => module.Length == 0 ? null : ModuleOf(module);

    /// <summary>Adds one model's copy of a tensor of <paramref name="count"/> values to <paramref name="owner"/> (its module) and all ancestors.</summary>
    public void Add(string owner, int model, long count, long zeros, long changed, double squaredDifference, double squaredBase, long zeroInBoth, long zeroOnlyHere)
    {
        for (string? module = owner; module is not null; module = ParentOf(module))
        {
            var totals = TotalsOf(module)[model];
            totals.Present = true;
            totals.Params += count;
            totals.Zeros += zeros;
            totals.Changed += changed;
            totals.ZeroInBoth += zeroInBoth;
            totals.ZeroOnlyHere += zeroOnlyHere;
            totals.SquaredDifference += squaredDifference;
            totals.SquaredBase += squaredBase;
            if (model == 0) _params[module] = _params.GetValueOrDefault(module) + count;
        }
    }

    Totals[] TotalsOf(string module)
    {
        if (_modules.TryGetValue(module, out var totals)) return totals;
        // Register ancestors first so the listing stays parents-before-children.
        if (ParentOf(module) is { } parent) TotalsOf(parent);
        totals = [.. Enumerable.Range(0, models).Select(_ => new Totals())];
        _modules[module] = totals;
        return totals;
    }

    public IReadOnlyList<ModuleProbe> Modules() =>
    [
        .. _modules.Select(m => new ModuleProbe
        {
            Name = m.Key,
            Parent = ParentOf(m.Key),
            Type = types?.GetValueOrDefault(m.Key),
            Params = _params.GetValueOrDefault(m.Key),
            Models = [.. m.Value.Select(t => t.Present ? Stats(t) : null)],
        }),
    ];

    static ModuleStats Stats(Totals t) => new()
    {
        Sparsity = t.Params == 0 ? 0 : (double)t.Zeros / t.Params,
        ZeroInBoth = t.Params == 0 ? 0 : (double)t.ZeroInBoth / t.Params,
        ZeroOnlyHere = t.Params == 0 ? 0 : (double)t.ZeroOnlyHere / t.Params,
        RelL2 = RelativeL2(t.SquaredDifference, t.SquaredBase),
        Changed = t.Params == 0 ? 0 : (double)t.Changed / t.Params,
    };

    /// <summary>‖model − base‖ / ‖base‖; 0 when nothing changed, null when the base is all zeros and the model is not.</summary>
    public static double? RelativeL2(double squaredDifference, double squaredBase) =>
        squaredDifference == 0 ? 0 : squaredBase == 0 ? null : Math.Sqrt(squaredDifference / squaredBase);
}
