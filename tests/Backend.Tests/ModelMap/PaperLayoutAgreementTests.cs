// Our Model Map layout against the paper's own layout of its six example specs (vectors made by running the
// paper's code, see tests/fixtures/paper/vectors/layout/README.md): siblings stacked in the same order, models in
// the same column order, and never more columns than the paper uses.
using System.Text.Json;
using CompressCompare.Backend.ModelMap.Layout;
using CompressCompare.Backend.Spec;
using Xunit.Abstractions;

namespace Backend.Tests.ModelMap;

public sealed class PaperLayoutAgreementTests(ITestOutputHelper output)
{
    const double Required = 0.95;

    public static TheoryData<string> Specs() =>
    [
        "celeba_models", "cifar10_image_classification_models", "imagenet_models",
        "imagenet_models_userstudy_part1", "imagenet_models_userstudy_tutorial", "t5_squad_models",
    ];

    sealed record PaperModel(string Id, int Column, int Row);
    sealed record PaperLayout(string[] Columns, Dictionary<string, string[]> SiblingOrder, PaperModel[] Models);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Siblings_and_columns_are_ordered_as_the_paper_orders_them_with_no_more_columns(string spec)
    {
        var specPath = RepoPaths.Of(Path.Combine("tests", "fixtures", "paper", $"{spec}.json"));
        var vectorPath = RepoPaths.Of(Path.Combine("tests", "fixtures", "paper", "vectors", "layout", $"{spec}.json"));
        var paper = JsonSerializer.Deserialize<PaperLayout>(File.ReadAllText(vectorPath), JsonSerializerOptions.Web)!;
        var layout = MapLayoutBuilder.Build(SpecParser.Parse(specPath, File.ReadAllText(specPath), CancellationToken.None).Models);
        var ours = layout.Nodes.ToDictionary(n => n.Id);
        var theirs = paper.Models.ToDictionary(m => m.Id);

        var (siblingPairs, siblingsAgree) = (0, 0);
        foreach (var siblings in paper.SiblingOrder.Values)
            foreach (var (a, b) in Pairs(siblings))
            {
                siblingPairs++;
                if (Math.Sign(theirs[a].Row - theirs[b].Row) == Math.Sign(ours[a].Row - ours[b].Row)) siblingsAgree++;
            }
        var (modelPairs, columnsAgree) = (0, 0);
        foreach (var (a, b) in Pairs(paper.Models.Select(m => m.Id).ToList()))
        {
            modelPairs++;
            if (Math.Sign(theirs[a].Column - theirs[b].Column) == Math.Sign(ours[a].Column - ours[b].Column)) columnsAgree++;
        }
        var ourColumns = layout.Columns.Count(c => c.Operation is not null);
        output.WriteLine($"{spec}: siblings {siblingsAgree}/{siblingPairs}, columns {columnsAgree}/{modelPairs}, " +
            $"column count {ourColumns} + Base against the paper's {paper.Columns.Length}");

        Assert.True(siblingsAgree >= Required * siblingPairs, $"{spec}: sibling order agrees with the paper for {siblingsAgree} of {siblingPairs} pairs");
        Assert.True(columnsAgree >= Required * modelPairs, $"{spec}: column order agrees with the paper for {columnsAgree} of {modelPairs} pairs");
        Assert.True(ourColumns <= paper.Columns.Length, $"{spec}: {ourColumns} columns besides Base, the paper uses {paper.Columns.Length}");
    }

    static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
                yield return (ids[i], ids[j]);
    }
}
