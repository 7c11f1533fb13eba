// `behaviors/compare` through the service: spec and dataset files on disk, outputs from the source, and the
// errors a user can cause (unknown ids, no dataset, outputs that do not match the labels).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;

namespace Backend.Tests.Behaviors;

public sealed class BehaviorServiceTests
{
    [Fact]
    public async Task Compare_reads_labels_and_attribute_subgroups_and_puts_the_base_first()
    {
        using var folder = new BehaviorSpecFolder();
        var result = await folder.Service().CompareAsync(folder.Spec, null, "A", ["C", "B", "A", "C"], NoProgress.Instance, CancellationToken.None);
        Assert.Equal(["A", "C", "B"], result.Models);
        Assert.Equal(6, result.InstanceCount);
        Assert.Equal([("g", "x"), ("g", "y"), ("note", "plain"), ("note", "with, comma")], result.Subgroups.Select(s => (s.Attribute, s.Value)));
        Assert.Equal(1.0, result.Overall["A"].Agreement);
        Assert.Equal(-1.0, result.Overall["C"].RelativeErrorChange);
    }

    [Fact]
    public async Task Unknown_base_or_model_ids_name_the_id()
    {
        using var folder = new BehaviorSpecFolder();
        var e = await Assert.ThrowsAsync<BackendException>(() => folder.Service().CompareAsync(folder.Spec, null, "A", ["Q"], NoProgress.Instance, CancellationToken.None));
        Assert.Equal("Q", e.ErrorData.ModelId);
        var b = await Assert.ThrowsAsync<BackendException>(() => folder.Service().CompareAsync(folder.Spec, null, "Z", ["B"], NoProgress.Instance, CancellationToken.None));
        Assert.Equal("Z", b.ErrorData.ModelId);
    }

    [Fact]
    public async Task A_spec_without_a_dataset_says_to_add_one()
    {
        using var folder = new BehaviorSpecFolder();
        File.WriteAllText(folder.Spec, """{"models": [{"id": "A"}, {"id": "B", "base": "A"}]}""");
        var e = await Assert.ThrowsAsync<BackendException>(() => folder.Service().CompareAsync(folder.Spec, null, "A", ["B"], NoProgress.Instance, CancellationToken.None));
        Assert.Contains("\"dataset\"", e.ErrorData.Hint);
    }

    [Fact]
    public async Task Outputs_with_another_instance_count_than_the_labels_are_refused()
    {
        using var folder = new BehaviorSpecFolder();
        var outputs = new FixedOutputSource(HandOutputs.Predicting("A", 2, 0, 0, 1, 1, 1, 0), HandOutputs.Predicting("B", 2, 0, 1, 1));
        var e = await Assert.ThrowsAsync<BackendException>(() => folder.Service(outputs).CompareAsync(folder.Spec, null, "A", ["B"], NoProgress.Instance, CancellationToken.None));
        Assert.Equal("B", e.ErrorData.ModelId);
        Assert.Contains("3 instances", e.Message);
    }

    [Fact]
    public async Task An_attributes_file_with_another_row_count_is_refused()
    {
        using var folder = new BehaviorSpecFolder();
        File.WriteAllText(Path.Combine(folder.Root, "a.csv"), "g\nx\ny\n");
        var e = await Assert.ThrowsAsync<BackendException>(() => folder.Service().CompareAsync(folder.Spec, null, "A", ["B"], NoProgress.Instance, CancellationToken.None));
        Assert.Contains("2 rows", e.Message);
    }
}
