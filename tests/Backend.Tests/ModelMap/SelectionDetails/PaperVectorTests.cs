// Selection Details against the paper's own comparability algorithm on the paper's six example specs: 215
// selections (siblings, parent + children, root-to-leaf paths, mixed lineages) whose tables the paper's
// experiment_comparability.ts computed (tests/fixtures/paper/vectors/details/README.md says how). Ours must tell
// apart every two models the paper tells apart, and its default chart must never put two models of different
// recipes into one bar (a bar shows their mean). Recipes are read here from the spec itself, not from the explainer.
using System.Text.Json;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class PaperVectorTests
{
    static readonly string[] Specs =
    [
        "celeba_models", "cifar10_image_classification_models", "imagenet_models",
        "imagenet_models_userstudy_part1", "imagenet_models_userstudy_tutorial", "t5_squad_models",
    ];

    public static TheoryData<string> SpecNames => [.. Specs];

    [Theory, MemberData(nameof(SpecNames))]
    public void Every_selection_keeps_the_papers_distinctions_and_no_bar_averages_two_recipes(string name)
    {
        var spec = Parse(name);
        var cases = Cases(name);
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var (kind, ids, paperRows) in cases)
        {
            var result = SelectionExplainer.Explain(spec, ids);
            Assert.Equal(ids, result.ModelIds);
            var ours = Enumerable.Range(0, ids.Length).Select(m => string.Join('|', result.Variables.Select(v => v.Values[m]))).ToArray();
            var recipes = ids.Select(id => Recipe(spec, id)).ToArray();
            for (var i = 0; i < ids.Length; i++)
                for (var j = i + 1; j < ids.Length; j++)
                {
                    if (paperRows[i] != paperRows[j] && ours[i] == ours[j])
                        failures.Add($"{kind} [{string.Join(", ", ids)}]: the paper tells {ids[i]} from {ids[j]}, ours does not");
                    if (result.Chart == ComparisonChart.Grouped && SameBar(result, i, j) && recipes[i] != recipes[j])
                        failures.Add($"{kind} [{string.Join(", ", ids)}]: one bar averages {ids[i]} ({recipes[i]}) with {ids[j]} ({recipes[j]})");
                }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void The_vectors_cover_every_kind_of_selection_and_charts_stay_the_rule()
    {
        var all = Specs.SelectMany(s => Cases(s).Select(c => (Spec: s, c.Kind, c.Ids))).ToList();
        Assert.True(all.Count >= 136, $"{all.Count} selections");
        Assert.Equal(["mixed", "parent+children", "root-to-leaf", "siblings"], all.Select(c => c.Kind).Distinct().Order());
        // "Refine" hides the chart: it must stay the exception, kept for selections too big for one bar per model.
        var refine = all.Where(c => SelectionExplainer.Explain(Parse(c.Spec), c.Ids).Chart == ComparisonChart.Refine).ToList();
        Assert.All(refine, c => Assert.True(c.Ids.Length >= ChartPlanner.PerModelBelow, string.Join(", ", c.Ids)));
        Assert.True(refine.Count * 10 <= all.Count, $"{refine.Count} of {all.Count} selections ask to refine");
    }

    static bool SameBar(SelectionExplanation result, int i, int j) =>
        result.Variables.Take(2).All(v => v.Values[i] == v.Values[j]);

    /// <summary>The model's recipe: its root and every operation with its parameters, root first.</summary>
    static string Recipe(ParsedSpec spec, string id)
    {
        var byId = spec.Models.ToDictionary(m => m.Id);
        var steps = new List<string>();
        var model = byId[id];
        while (true)
        {
            if (model.Operation is { } op)
                steps.Add(op.Name + JsonSerializer.Serialize(op.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary()));
            if (model.Base is null || !byId.TryGetValue(model.Base, out var parent)) { steps.Add(model.Base ?? model.Id); break; }
            model = parent;
        }
        steps.Reverse();
        return string.Join(" → ", steps);
    }

    static ParsedSpec Parse(string name)
    {
        var path = RepoPaths.Of($"tests/fixtures/paper/{name}.json");
        return SpecParser.Parse(path, File.ReadAllText(path), CancellationToken.None);
    }

    /// <summary>Each selection's kind, ids and, per model, the paper's row of variable values (its full table).</summary>
    static List<(string Kind, string[] Ids, string[] PaperRows)> Cases(string name)
    {
        using var vectors = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of($"tests/fixtures/paper/vectors/details/{name}.vectors.json")));
        return [.. vectors.RootElement.GetProperty("cases").EnumerateArray().Select(c => (
            c.GetProperty("kind").GetString()!,
            c.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray(),
            c.GetProperty("full").GetProperty("values").EnumerateArray().Select(r => r.GetRawText()).ToArray()))];
    }
}
