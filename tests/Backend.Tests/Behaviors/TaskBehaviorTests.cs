// The numbers each dataset task compares, against values computed by hand: binary (one logit), embedding and
// regression (vectors without classes), per instance and aggregated overall and per subgroup.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Behaviors;

public sealed class TaskBehaviorTests
{
    const int Precision = 5;

    static ModelOutputs Raw(string id, DatasetTask task, int width, params float[] values) =>
        TaskOutputs.FromRaw(id, values, values.Length / width, width, task);

    static BehaviorStats Overall(InstanceBehaviors data, string model) =>
        BehaviorComputation.Aggregate(data, []).Overall[model];

    // Base logits [2, −1, 0] → σ = [0.880797, 0.268941, 0.5], predicted [1, 0, 0] (0 is not above 0).
    // Model logits [1, 1, −2] → σ = [0.731059, 0.731059, 0.119203], predicted [1, 1, 0]. Labels [1, 0, 0].
    static InstanceBehaviors Binary() => BehaviorComputation.Instances([1, 0, 0], ["0", "1"],
        [Raw("base", DatasetTask.Binary, 1, 2f, -1f, 0f), Raw("m", DatasetTask.Binary, 1, 1f, 1f, -2f)]);

    [Fact]
    public void Binary_predicts_positive_only_above_a_logit_of_zero()
    {
        var data = Binary();
        Assert.Equal([1, 0, 0], data.Behaviors[0].Predicted);
        Assert.Equal([1, 1, 0], data.Behaviors[1].Predicted);
    }

    [Fact]
    public void Binary_correctness_change_and_agreement_follow_the_thresholded_logit()
    {
        var m = Binary().Behaviors[1];
        Assert.Equal([CorrectnessChange.BothRight, CorrectnessChange.Broken, CorrectnessChange.BothRight], m.Change);
        Assert.Equal([true, false, true], m.Agrees);
    }

    [Fact]
    public void Binary_kl_is_between_the_two_bernoullis()
    {
        // KL = p ln(p/q) + (1 − p) ln((1 − p)/(1 − q)) with p the base's σ and q the model's.
        var kl = Binary().Behaviors[1].Kl;
        Assert.Equal(0.067131, kl[0], Precision);
        Assert.Equal(0.462117, kl[1], Precision); // (0.731059 − 0.268941)·ln(0.731059/0.268941) = 0.462117·1
        Assert.Equal(0.433781, kl[2], Precision); // 0.5·ln(0.5/0.119203) + 0.5·ln(0.5/0.880797)
    }

    [Fact]
    public void Binary_confidence_is_the_probability_of_the_predicted_side()
    {
        var data = Binary();
        Assert.Equal([0.880797f, 0.731059f, 0.5f], data.Behaviors[0].Confidence.Select(c => MathF.Round(c, 6)));
        Assert.Equal(0.731059 - 0.880797, data.Behaviors[1].ConfidenceChange[0], Precision);
        var stats = Overall(data, "m");
        Assert.Equal(2 / 3.0, stats.Accuracy!.Value, Precision);
        Assert.Equal(2 / 3.0, stats.Agreement!.Value, Precision);
        Assert.Equal((1, 0), (stats.Broken, stats.Fixed));
        Assert.Equal((0.067131 + 0.462117 + 0.433781) / 3, stats.MeanKl!.Value, Precision);
    }

    [Fact]
    public void Binary_refuses_a_model_with_more_than_one_output_naming_the_task()
    {
        var error = Assert.Throws<EvaluationException>(() => Raw("m", DatasetTask.Binary, 2, 1f, 2f));
        Assert.Contains("binary", error.Message);
        Assert.Contains("classification", error.Hint);
    }

    // Base rows [1, 0], [1, 1], [0, 0]; model rows [0, 1], [2, 2], [0, 0].
    static InstanceBehaviors Embedding() => BehaviorComputation.VectorInstances(DatasetTask.Embedding,
        [Raw("base", DatasetTask.Embedding, 2, 1, 0, 1, 1, 0, 0), Raw("m", DatasetTask.Embedding, 2, 0, 1, 2, 2, 0, 0)], targets: null);

    [Fact]
    public void Embedding_outputs_are_kept_raw_not_softmaxed()
    {
        var outputs = Raw("m", DatasetTask.Embedding, 2, 3f, -4f);
        Assert.Equal([3f, -4f], outputs.Probabilities);
    }

    [Fact]
    public void Embedding_per_instance_cosine_mse_and_relative_l2_against_the_base()
    {
        var vector = Embedding().Behaviors[1].Vector!;
        // Orthogonal: cos 0, mse ((0−1)² + (1−0)²)/2 = 1, ‖m − b‖/‖b‖ = √2/1.
        Assert.Equal((0f, 1f), (vector.Cosine[0], vector.Mse[0]));
        Assert.Equal(Math.Sqrt(2), vector.RelativeL2[0], Precision);
        // Same direction, twice as long: cos 1, mse (1 + 1)/2 = 1, √2/√2 = 1.
        Assert.Equal((1f, 1f, 1f), (vector.Cosine[1], vector.Mse[1], vector.RelativeL2[1]));
        // Two zero vectors are the same output.
        Assert.Equal((1f, 0f, 0f), (vector.Cosine[2], vector.Mse[2], vector.RelativeL2[2]));
        Assert.Null(vector.LabelMse);
    }

    [Fact]
    public void Embedding_stats_are_the_means_and_leave_the_class_stats_empty()
    {
        var data = Embedding();
        var stats = Overall(data, "m");
        Assert.Equal(2 / 3.0, stats.MeanCosine!.Value, Precision); // (0 + 1 + 1)/3
        Assert.Equal(2 / 3.0, stats.MeanMse!.Value, Precision);
        Assert.Equal((Math.Sqrt(2) + 1) / 3, stats.MeanRelativeL2!.Value, Precision);
        Assert.Null(stats.Accuracy);
        Assert.Null(stats.MeanKl);
        Assert.Null(stats.LabelMse);
        var self = Overall(data, "base");
        Assert.Equal((1.0, 0.0, 0.0), (self.MeanCosine!.Value, self.MeanMse!.Value, self.MeanRelativeL2!.Value));
        var comparison = BehaviorComputation.Aggregate(data, []);
        Assert.Empty(comparison.Classes);
        Assert.Equal(DatasetTask.Embedding, comparison.Task);
    }

    [Fact]
    public void Embedding_exemplars_are_the_instances_that_moved_most()
    {
        var exemplars = BehaviorComputation.Aggregate(Embedding(), []).Exemplars;
        Assert.Equal([0, 1], exemplars.Select(e => e.Instance));
        Assert.Equal(Math.Sqrt(2), exemplars[0].Moved!.Value, Precision);
        Assert.Equal("", exemplars[0].Label);
    }

    [Fact]
    public void Embedding_rows_sort_by_cosine_and_carry_the_vector_numbers()
    {
        var page = InstanceTable.Page(Embedding(), new InstanceSort { Field = InstanceSortField.Cosine, ModelId = "m" }, null, 0, 10);
        Assert.Equal([0, 1, 2], page.Rows.Select(r => r.Instance));
        var byL2 = InstanceTable.Page(Embedding(), new InstanceSort { Field = InstanceSortField.RelativeL2, ModelId = "m", Descending = true }, null, 0, 10);
        Assert.Equal([0, 1, 2], byL2.Rows.Select(r => r.Instance));
        var row = page.Rows[0].Predictions[1];
        Assert.Equal((0.0, 1.0), (row.Cosine, row.Mse));
        Assert.Null(row.LabelMse);
        Assert.Equal(1.0, page.Rows[0].Predictions[0].Cosine);
    }

    [Fact]
    public void Embedding_class_filters_keep_nothing_since_there_are_no_classes()
    {
        var page = InstanceTable.Page(Embedding(), null, new InstanceFilter { ClassIndex = 0 }, 0, 10);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public void Sorting_a_classification_by_cosine_is_refused_with_the_fields_it_has()
    {
        var error = Assert.Throws<CompressCompare.Backend.Errors.BackendException>(() =>
            InstanceTable.Page(Binary(), new InstanceSort { Field = InstanceSortField.Cosine, ModelId = "m" }, null, 0, 10));
        Assert.Contains("embedding", error.Message);
    }

    // Base [1], [2], [3]; model [1.5], [2], [2]; labels [1], [3], [3].
    static InstanceBehaviors Regression() => BehaviorComputation.VectorInstances(DatasetTask.Regression,
        [Raw("base", DatasetTask.Regression, 1, 1, 2, 3), Raw("m", DatasetTask.Regression, 1, 1.5f, 2, 2)], targets: [1, 3, 3]);

    [Fact]
    public void Regression_compares_with_the_base_and_with_the_labels()
    {
        var vector = Regression().Behaviors[1].Vector!;
        Assert.Equal([0.25f, 0f, 1f], vector.Mse);
        Assert.Equal([0.5f, 0f, 1 / 3f], vector.RelativeL2);
        Assert.Equal([1f, 1f, 1f], vector.Cosine);
        Assert.Equal([0.25f, 1f, 1f], vector.LabelMse!);
    }

    [Fact]
    public void Regression_label_mse_and_its_change_against_the_base()
    {
        var data = Regression();
        // Base squared errors [0, 1, 0] → 1/3; the model's [0.25, 1, 1] → 0.75.
        Assert.Equal(1 / 3.0, Overall(data, "base").LabelMse!.Value, Precision);
        var stats = Overall(data, "m");
        Assert.Equal(0.75, stats.LabelMse!.Value, Precision);
        Assert.Equal(0.75 - 1 / 3.0, stats.LabelMseChange!.Value, Precision);
        Assert.Equal(0.0, Overall(data, "base").LabelMseChange!.Value);
    }

    [Fact]
    public void Regression_aggregates_per_subgroup()
    {
        var attributes = ReadCsv("g\nx\ny\ny\n").Columns;
        var subgroups = BehaviorComputation.Aggregate(Regression(), attributes).Subgroups;
        var y = subgroups.Single(s => s.Value == "y");
        Assert.Equal(2, y.Count);
        Assert.Equal(0.5, y.Models["m"].MeanMse!.Value, Precision);       // (0 + 1)/2
        Assert.Equal(1.0, y.Models["m"].LabelMse!.Value, Precision);      // (1 + 1)/2
        Assert.Equal(0.5, y.Models["m"].LabelMseChange!.Value, Precision); // 1 − (1 + 0)/2
    }

    static AttributeTable ReadCsv(string text)
    {
        var folder = Directory.CreateTempSubdirectory("cc-task-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.csv"), text);
            return AttributeTable.Read(Path.Combine(folder, "a.csv"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class RegressionServiceTests
{
    static BehaviorSpecFolder Folder(float[] labels, params int[] shape)
    {
        var folder = new BehaviorSpecFolder("""{"labels": "t.npy", "task": "regression", "attributes": "a.csv"}""");
        CompressCompare.Backend.Data.NpyArray.OfFloats(labels, shape).Write(Path.Combine(folder.Root, "t.npy"));
        return folder;
    }

    // Six instances of one output: base [1..6], model the base plus 1 on the first three.
    static FixedOutputSource Outputs() => new(
        HandOutputs.Of("A", [1f], [2f], [3f], [4f], [5f], [6f]), HandOutputs.Of("B", [2f], [3f], [4f], [4f], [5f], [6f]));

    [Fact]
    public async Task Float_labels_give_each_models_mse_to_them_and_its_change()
    {
        using var folder = Folder([1, 2, 3, 4, 5, 8], 6);
        var result = await folder.Service(Outputs()).CompareAsync(folder.Spec, null, "A", ["B"], CompressCompare.Backend.Progress.NoProgress.Instance, CancellationToken.None);
        // Base squared errors [0, 0, 0, 0, 0, 4] → 4/6; B's [1, 1, 1, 0, 0, 4] → 7/6.
        Assert.Equal(4 / 6.0, result.Overall["A"].LabelMse!.Value, 5);
        Assert.Equal(7 / 6.0, result.Overall["B"].LabelMse!.Value, 5);
        Assert.Equal(0.5, result.Overall["B"].LabelMseChange!.Value, 5);
        Assert.Equal(0.5, result.Overall["B"].MeanMse!.Value, 5);
        // Subgroup g = x holds instances 0, 1 and 4 (see BehaviorSpecFolder's attributes).
        var x = result.Subgroups.Single(s => s.Attribute == "g" && s.Value == "x").Models["B"];
        Assert.Equal(2 / 3.0, x.MeanMse!.Value, 5);
    }

    [Fact]
    public async Task Labels_of_another_shape_than_the_outputs_say_which_shape_to_save()
    {
        using var folder = Folder([1, 2, 3], 3);
        var error = await Assert.ThrowsAsync<CompressCompare.Backend.Errors.BackendException>(() =>
            folder.Service(Outputs()).CompareAsync(folder.Spec, null, "A", ["B"], CompressCompare.Backend.Progress.NoProgress.Instance, CancellationToken.None));
        Assert.Contains("[3]", error.Message);
        Assert.Contains("[6]", error.ErrorData.Hint);
    }
}
