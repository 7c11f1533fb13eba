// Generated text (the "generation" task) against values computed by hand: SQuAD-style normalisation, exact match
// and token F1, and a comparison through the service from precomputed prediction CSVs and a references file.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Behaviors;

namespace Backend.Tests.Behaviors;

public sealed class TextMatchTests
{
    [Fact]
    public void Normalising_lowers_case_and_drops_punctuation_and_articles()
    {
        Assert.Equal(["eiffel", "tower", "in", "paris"], TextMatch.Tokens("The Eiffel Tower, in Paris!"));
        Assert.True(TextMatch.ExactMatch(TextMatch.Tokens("Paris."), TextMatch.Tokens("paris")));
    }

    [Fact]
    public void Token_f1_is_the_harmonic_mean_of_token_precision_and_recall()
    {
        // 2 shared tokens: precision 2/2, recall 2/4 → F1 2/3.
        Assert.Equal(2 / 3.0, TextMatch.TokenF1(TextMatch.Tokens("in Paris"), TextMatch.Tokens("the Eiffel Tower in Paris")), 10);
        // A repeated token counts once per occurrence in the reference: precision 1/2, recall 1/1.
        Assert.Equal(2 / 3.0, TextMatch.TokenF1(["paris", "paris"], ["paris"]), 10);
        Assert.Equal(0.0, TextMatch.TokenF1(["1887"], ["1889"]));
    }

    [Fact]
    public void Empty_answers_match_only_each_other()
    {
        Assert.Equal(1.0, TextMatch.TokenF1([], []));
        Assert.Equal(0.0, TextMatch.TokenF1([], ["x"]));
        Assert.Equal(0.0, TextMatch.TokenF1(TextMatch.Tokens("the"), ["x"]));
    }
}

public sealed class GenerationBehaviorTests
{
    const int Precision = 5;

    static BehaviorSpecFolder Folder(string dataset = """{"labels": "refs.txt", "task": "generation"}""")
    {
        var folder = new BehaviorSpecFolder(dataset);
        File.WriteAllText(Path.Combine(folder.Root, "refs.txt"), "Paris\nthe Eiffel Tower\n1889\n");
        File.WriteAllText(Path.Combine(folder.Root, "gen-a.csv"), "prediction\nParis\nEiffel Tower\n1887\n");
        File.WriteAllText(Path.Combine(folder.Root, "gen-b.csv"), "id,prediction\n0,paris.\n1,\"tower, in Paris\"\n2,1889\n");
        File.WriteAllText(folder.Spec, $$"""
            {"dataset": {{dataset}},
             "models": [{"id": "A", "outputs": "gen-a.csv"}, {"id": "B", "base": "A", "outputs": "gen-b.csv"}]}
            """);
        return folder;
    }

    static Task<BehaviorComparison> Compare(BehaviorSpecFolder folder) =>
        folder.Service().CompareAsync(folder.Spec, null, "A", ["B"], NoProgress.Instance, CancellationToken.None);

    [Fact]
    public async Task Accuracy_is_exact_match_and_token_f1_is_averaged_against_the_references()
    {
        using var folder = Folder();
        var overall = (await Compare(folder)).Overall;
        // A: exact on "Paris" and "(the) Eiffel Tower", F1 [1, 1, 0]. B: exact on "paris." and "1889", F1 [1, 0.4, 1]
        // ("tower in paris" against "eiffel tower": 1 shared token, precision 1/3, recall 1/2).
        Assert.Equal(2 / 3.0, overall["A"].Accuracy!.Value, Precision);
        Assert.Equal(2 / 3.0, overall["A"].TokenF1!.Value, Precision);
        Assert.Equal(2 / 3.0, overall["B"].Accuracy!.Value, Precision);
        Assert.Equal(0.8, overall["B"].TokenF1!.Value, Precision);
        Assert.Equal((1, 1), (overall["B"].Fixed, overall["B"].Broken));
    }

    [Fact]
    public async Task Agreement_is_exact_match_with_the_base_and_token_f1_to_base_is_averaged()
    {
        using var folder = Folder();
        var result = await Compare(folder);
        Assert.Equal(1 / 3.0, result.Overall["B"].Agreement!.Value, Precision);
        Assert.Equal((1 + 0.4 + 0) / 3, result.Overall["B"].TokenF1ToBase!.Value, Precision);
        Assert.Equal(1.0, result.Overall["A"].TokenF1ToBase);
        Assert.Null(result.Overall["B"].MeanKl);
        Assert.Empty(result.Classes);
        Assert.Equal([(1, "the Eiffel Tower"), (2, "1889")], result.Exemplars.Select(e => (e.Instance, e.Label)));
    }

    [Fact]
    public async Task Instance_rows_carry_each_models_generated_text_and_its_scores()
    {
        using var folder = Folder();
        var service = folder.Service();
        await service.CompareAsync(folder.Spec, null, "A", ["B"], NoProgress.Instance, CancellationToken.None);
        var page = await service.InstancesAsync(new InstancesParams { Path = folder.Spec, BaseId = "A", ModelIds = ["B"], Offset = 1, Limit = 1 }, CancellationToken.None);
        var (a, b) = (page.Rows[0].Predictions[0], page.Rows[0].Predictions[1]);
        Assert.Equal(("Eiffel Tower", "tower, in Paris"), (a.Text, b.Text));
        Assert.Equal(0.4, b.TokenF1!.Value, Precision);
        Assert.Equal(0.4, b.TokenF1ToBase!.Value, Precision);
        Assert.Equal((CorrectnessChange.Broken, false), (b.Change, b.Agrees));
    }

    [Fact]
    public async Task Without_references_only_the_base_is_compared_with()
    {
        using var folder = Folder("""{"task": "generation"}""");
        var b = (await Compare(folder)).Overall["B"];
        Assert.Null(b.Accuracy);
        Assert.Null(b.TokenF1);
        Assert.Equal(1 / 3.0, b.Agreement!.Value, Precision);
    }

    [Fact]
    public async Task A_model_without_precomputed_outputs_is_refused_naming_it()
    {
        using var folder = Folder();
        File.WriteAllText(folder.Spec, """
            {"dataset": {"labels": "refs.txt", "task": "generation"}, "models": [{"id": "A", "outputs": "gen-a.csv"}, {"id": "B", "base": "A"}]}
            """);
        var error = await Assert.ThrowsAsync<BackendException>(() => Compare(folder));
        Assert.Equal("B", error.ErrorData.ModelId);
        Assert.Contains("prediction", error.ErrorData.Hint);
    }
}
