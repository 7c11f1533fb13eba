// The dataset's "task" and "threshold": read into DatasetSummary, and dataset fields that do not fit the task
// reported at the field.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserTaskTests
{
    static ParsedSpecOf Dataset(string dataset) => new(Parse("{\"models\": [], \"dataset\": " + dataset + "}"));

    sealed record ParsedSpecOf(CompressCompare.Backend.Spec.ParsedSpec Spec)
    {
        public DatasetSummary Summary => Spec.Dataset!;
    }

    [Fact]
    public void Without_a_task_the_dataset_is_a_classification()
    {
        var parsed = Dataset("""{"inputs": "x.npy", "labels": "y.npy"}""");
        NoDiagnostics(parsed.Spec);
        Assert.Equal(DatasetTask.Classification, parsed.Summary.Task);
        Assert.Null(parsed.Summary.Threshold);
    }

    [Theory]
    [InlineData("binary", DatasetTask.Binary)]
    [InlineData("embedding", DatasetTask.Embedding)]
    [InlineData("regression", DatasetTask.Regression)]
    public void Reads_each_task_word(string word, DatasetTask task)
    {
        var parsed = Dataset($$"""{"inputs": "x.npy", "labels": "y.npy", "task": "{{word}}"}""");
        NoDiagnostics(parsed.Spec);
        Assert.Equal(task, parsed.Summary.Task);
    }

    [Fact]
    public void A_multilabel_threshold_is_read()
    {
        var parsed = Dataset("""{"inputs": "x.npy", "labels": "y.npy", "task": "multilabel", "threshold": 0.3}""");
        NoDiagnostics(parsed.Spec);
        Assert.Equal((DatasetTask.Multilabel, 0.3), (parsed.Summary.Task, parsed.Summary.Threshold));
    }

    [Fact]
    public void An_unknown_task_is_reported_at_the_value_naming_the_allowed_ones()
    {
        var parsed = Dataset("""{"inputs": "x.npy", "task": "ranking"}""");
        var diagnostic = Single(parsed.Spec, DiagnosticCodes.WrongType);
        At(diagnostic, DiagnosticSeverity.Error, 1, 55, 1, 64);
        Assert.Contains("\"embedding\"", diagnostic.Message);
        Assert.Equal(DatasetTask.Classification, parsed.Summary.Task);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void A_threshold_outside_0_to_1_is_an_error(string threshold)
    {
        var parsed = Dataset($$"""{"inputs": "x.npy", "labels": "y.npy", "task": "multilabel", "threshold": {{threshold}}}""");
        Assert.Equal(DiagnosticSeverity.Error, Single(parsed.Spec, DiagnosticCodes.TaskMismatch).Severity);
        Assert.Null(parsed.Summary.Threshold);
    }

    [Fact]
    public void A_threshold_on_another_task_is_a_warning_that_it_is_ignored()
    {
        var diagnostic = Single(Dataset("""{"inputs": "x.npy", "labels": "y.npy", "threshold": 0.5}""").Spec, DiagnosticCodes.TaskMismatch);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("multilabel", diagnostic.Message);
    }

    [Fact]
    public void Labels_that_are_not_npy_do_not_fit_a_numeric_task()
    {
        var parsed = Dataset("""{"inputs": "x.npy", "labels": "y.csv", "task": "regression"}""");
        var diagnostic = Single(parsed.Spec, DiagnosticCodes.TaskMismatch);
        At(diagnostic, DiagnosticSeverity.Error, 1, 57, 1, 64);
        Assert.Contains("numpy.save", diagnostic.Message);
    }

    [Fact]
    public void Npy_labels_do_not_fit_generated_text()
    {
        var diagnostic = Single(Dataset("""{"labels": "y.npy", "task": "generation"}""").Spec, DiagnosticCodes.TaskMismatch);
        Assert.Contains("reference strings", diagnostic.Message);
    }

    [Fact]
    public void A_binary_dataset_with_three_classes_is_an_error_at_the_classes()
    {
        var diagnostic = Single(Dataset("""{"inputs": "x.npy", "labels": "y.npy", "task": "binary", "classes": ["a", "b", "c"]}""").Spec, DiagnosticCodes.TaskMismatch);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("lists 3", diagnostic.Message);
    }

    [Fact]
    public void Classes_on_an_embedding_dataset_are_a_warning_that_they_are_ignored()
    {
        var diagnostic = Single(Dataset("""{"inputs": "x.npy", "task": "embedding", "classes": ["a"]}""").Spec, DiagnosticCodes.TaskMismatch);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }
}
