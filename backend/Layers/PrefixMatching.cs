// Pairs tensors whose dotted names differ only by a leading module prefix on one side: a Hugging Face checkpoint
// of a task model ("bert.encoder.layer.0…", "model.layers.0…") against its base model's ("encoder.layer.0…",
// "layers.0…"), or a training wrapper's "module." from DataParallel. One prefix per pair of models, the one that
// pairs the most tensors, and only tensors of the same shape, so two unrelated models are not paired by accident.
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Layers;

public static class PrefixMatching
{
    /// <summary>Pairs of (base index, model index) among the leftovers whose names differ by the best prefix; empty when none pairs two tensors.</summary>
    public static IReadOnlyList<(int Base, int Model)> Pairs(IReadOnlyList<TensorInfo> baseTensors, IReadOnlyList<int> baseLeft,
        IReadOnlyList<TensorInfo> model, IReadOnlyList<int> modelLeft)
    {
        if (baseLeft.Count == 0 || modelLeft.Count == 0) return [];
        var baseByName = baseLeft.GroupBy(b => baseTensors[b].Name).ToDictionary(g => g.Key, g => g.First());
        var modelByName = modelLeft.GroupBy(i => model[i].Name).ToDictionary(g => g.Key, g => g.First());
        // Candidates: the model's name with a prefix the base lacks, or the base's with one the model lacks.
        var votes = new Dictionary<(string Prefix, bool OnModel), int>();
        foreach (var name in modelByName.Keys)
            foreach (var (prefix, rest) in Prefixes(name))
                if (baseByName.ContainsKey(rest)) votes[(prefix, true)] = votes.GetValueOrDefault((prefix, true)) + 1;
        foreach (var name in baseByName.Keys)
            foreach (var (prefix, rest) in Prefixes(name))
                if (modelByName.ContainsKey(rest)) votes[(prefix, false)] = votes.GetValueOrDefault((prefix, false)) + 1;
        if (votes.Count == 0) return [];
        var ((best, onModel), count) = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Prefix.Length).ThenBy(v => v.Key.Prefix, StringComparer.Ordinal).First();
        if (count < 2) return [];
        var pairs = new List<(int, int)>();
        foreach (var (name, i) in modelByName)
        {
            var (b, found) = onModel
                ? (name.StartsWith(best, StringComparison.Ordinal) && baseByName.TryGetValue(name[best.Length..], out var x) ? (x, true) : (0, false))
                : (baseByName.TryGetValue(best + name, out var y) ? (y, true) : (0, false));
            if (found && baseTensors[b].Shape.SequenceEqual(model[i].Shape)) pairs.Add((b, i));
        }
        return [.. pairs.OrderBy(p => p.Item1)];
    }

    /// <summary>Each leading run of dotted parts ("a.", "a.b.") of <paramref name="name"/> with what follows it, up to three parts.</summary>
    static IEnumerable<(string Prefix, string Remainder)> Prefixes(string name)
    {
        var at = 0;
        for (var parts = 0; parts < 3; parts++)
        {
            var dot = name.IndexOf('.', at);
            if (dot < 0 || dot == name.Length - 1) yield break;
            yield return (name[..(dot + 1)], name[(dot + 1)..]);
            at = dot + 1;
        }
    }
}
