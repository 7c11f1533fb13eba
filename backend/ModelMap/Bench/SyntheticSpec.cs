// A realistic spec of any size, for `bench overview` and scale tests: three base models, each grown into
// a tree (depth up to 8) by compression operations with varied parameters and plausible metrics.
// Deterministic by seed: the same (count, seed) always gives the same text.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Spec;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression;
using CompressCompare.Protocol.Spec;
using K = CompressCompare.Backend.Compression.CompressionParameterKeys;

namespace CompressCompare.Backend.ModelMap.Bench;

public static class SyntheticSpec
{
    public const int MaxDepth = 8;
    public const string Accuracy = "accuracy";
    public const string Size = "size";
    public const string Latency = "latency";
    public const string Sparsity = "sparsity";

    static readonly (string Id, string Tag, double Accuracy, long Parameters, double Latency)[] Roots =
    [
        ("resnet20", "ResNet-20", 0.921, 272_474, 1.9),
        ("mobilenet-v2", "MobileNetV2", 0.936, 2_236_682, 4.6),
        ("vgg11", "VGG-11", 0.918, 9_231_114, 7.8),
    ];

    static readonly string[] Operations =
    [
        CompressionOperationNames.MagnitudePrune, CompressionOperationNames.Int8Quantize, CompressionOperationNames.Palettize,
        CompressionOperationNames.FineTune, CompressionOperationNames.Calibrate,
    ];

    static IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new() { Name = Accuracy, Min = 0, Max = 1, Primary = true, Format = ".2~%" },
        new() { Name = Size, Min = 0, Format = ".3~s", Unit = "B" },
        new() { Name = Latency, Min = 0, Format = ".3~f", Unit = "ms" },
        new() { Name = Sparsity, Min = 0, Max = 1, Format = ".1~%" },
    ];

    // How likely a new model is to branch off a model at each depth: most of a sweep lies a few steps from
    // its base (prune at many amounts, then fine-tune, quantize, calibrate), few chains reach MaxDepth.
    static readonly double[] ParentDepthWeights = [0.08, 0.16, 0.2, 0.19, 0.15, 0.11, 0.07, 0.04];

    /// <summary>The text of a spec with <paramref name="count"/> models, the first three being the base models.</summary>
    public static string Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var states = new List<SyntheticModel>(count);
        var ids = new List<string>(count);
        // Models that may still get children, by depth; a model leaves when nothing but another fine-tune fits.
        var open = Enumerable.Range(0, MaxDepth).Select(_ => new List<int>()).ToArray();
        var entries = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            SyntheticModel state;
            string id, tag;
            string? parentId = null;
            OperationApplication? operation = null;
            if (i < Roots.Length)
            {
                var root = Roots[i];
                (state, id, tag) = (SyntheticModel.Root(root.Accuracy, root.Parameters, root.Latency), root.Id, root.Tag);
            }
            else
            {
                var parent = PickParent(open, states, random);
                (state, operation, tag) = Apply(states[parent], random);
                parentId = ids[parent];
                id = $"{ids[parent].Split('/')[0]}/{i.ToString(CultureInfo.InvariantCulture)}";
            }
            states.Add(state);
            ids.Add(id);
            if (state.Depth < MaxDepth) open[state.Depth].Add(i);
            entries.Add(NewSpecDocument.ModelEntry(id, parentId, tag, operation, null, new Dictionary<string, double?>
            {
                [Accuracy] = Math.Round(state.Accuracy(random), 4),
                [Size] = state.Size(),
                [Latency] = state.Latency(random),
                [Sparsity] = Math.Round(state.Sparsity, 3),
            }));
        }
        var declared = OperationCatalog.All.Where(o => Operations.Contains(o.Name)).ToList();
        return NewSpecDocument.Serialize(Metrics, declared, dataset: null, entries);
    }

    static int PickParent(List<int>[] open, List<SyntheticModel> states, Random random)
    {
        while (true)
        {
            var depth = PickIndex(ParentDepthWeights, random);
            // Fall back to shallower depths while a deep level is still empty (early in the generation).
            while (open[depth].Count == 0) depth--;
            var level = open[depth];
            var slot = random.Next(level.Count);
            var candidate = level[slot];
            if (Choices(states[candidate]).Count > 1) return candidate;
            // Only another fine-tune would fit: a dead end for a sweep, so no more children here.
            level[slot] = level[^1];
            level.RemoveAt(level.Count - 1);
        }
    }

    static List<(string Name, double Weight)> Choices(SyntheticModel parent)
    {
        var recovering = parent.PruningLoss > 0.002 || parent.QuantizationLoss > 0.002;
        var choices = new List<(string Name, double Weight)> { (CompressionOperationNames.FineTune, recovering ? 0.35 : 0.03) };
        if (parent.CanPrune) choices.Add((CompressionOperationNames.MagnitudePrune, 0.45));
        if (parent.CanQuantize) choices.AddRange([(CompressionOperationNames.Int8Quantize, 0.12), (CompressionOperationNames.Palettize, 0.12)]);
        if (parent.CanCalibrate) choices.Add((CompressionOperationNames.Calibrate, 0.4));
        return choices;
    }

    static (SyntheticModel State, OperationApplication Operation, string Tag) Apply(SyntheticModel parent, Random random)
    {
        var choices = Choices(parent);
        switch (choices[PickIndex([.. choices.Select(c => c.Weight)], random)].Name)
        {
            case CompressionOperationNames.MagnitudePrune:
                // Sparsity only grows along a path: a prune of a pruned model goes further.
                var from = Math.Max(0.1, parent.Sparsity + 0.05);
                var amount = Math.Round(from + 0.05 * random.Next((int)Math.Floor((0.95 - from) / 0.05 + 1e-9) + 1), 2);
                var perLayer = random.NextDouble() < 0.3;
                var scope = perLayer ? PruningScopes.PerLayer : PruningScopes.Global;
                return (parent.Prune(amount, perLayer), Operation(CompressionOperationNames.MagnitudePrune, (K.Amount, amount), (K.Scope, scope)),
                    $"Prune {amount.ToString("P0", CultureInfo.InvariantCulture)} ({scope})");
            case CompressionOperationNames.Int8Quantize:
                return (parent.Int8Quantize(), Operation(CompressionOperationNames.Int8Quantize), "Int8");
            case CompressionOperationNames.Palettize:
                var bits = new[] { 2, 4, 6 }[random.Next(3)];
                return (parent.Palettize(bits), Operation(CompressionOperationNames.Palettize, (K.Bits, bits)), $"Palettize {bits}-bit");
            case CompressionOperationNames.Calibrate:
                var samples = 64 << random.Next(6);
                return (parent.Calibrate(samples), Operation(CompressionOperationNames.Calibrate, (K.Samples, samples)), $"Calibrate ({samples})");
            default:
                var epochs = 1 + random.Next(10);
                return (parent.FineTune(epochs), Operation(CompressionOperationNames.FineTune, (K.Epochs, epochs)), $"Fine-Tune {epochs} ep");
        }
    }

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    static int PickIndex(IReadOnlyList<double> weights, Random random)
    {
        var pick = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
            if ((pick -= weights[i]) < 0) return i;
        return weights.Count - 1;
    }

    static OperationApplication Operation(string name, params (string Key, object Value)[] parameters) => new()
    {
        Name = name,
        Parameters = parameters.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value)),
    };
}
