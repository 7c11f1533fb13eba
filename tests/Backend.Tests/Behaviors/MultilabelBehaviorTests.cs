// Multilabel numbers against values computed by hand: a sigmoid per class thresholded at 0.5, per instance
// (exact-set correctness, agreement, Hamming fractions, summed Bernoulli KL), per class (one row each: accuracy,
// F1, agreement) and overall and per subgroup (macro F1, mean Hamming fractions).
using CompressCompare.Backend.Behaviors;
using CompressCompare.Protocol.Behaviors;

namespace Backend.Tests.Behaviors;

public sealed class MultilabelBehaviorTests
{
    const int Precision = 5;

    // Two classes, three instances. Base bits [1,0] [1,1] [0,0]; model bits [1,1] [0,1] [0,0]; labels [1,0] [0,1] [0,0].
    static readonly byte[] Labels = [1, 0, 0, 1, 0, 0];

    static InstanceBehaviors Data() => BehaviorComputation.MultilabelInstances(Labels, ["cat", "dog"],
        [HandOutputs.Of("base", [0.9f, 0.2f], [0.6f, 0.7f], [0.1f, 0.4f]), HandOutputs.Of("m", [0.8f, 0.6f], [0.4f, 0.7f], [0.3f, 0.1f])], threshold: 0.5f);

    [Fact]
    public void An_instance_is_right_only_when_its_predicted_set_is_the_labelled_set()
    {
        var m = Data().Behaviors[1];
        Assert.Equal([CorrectnessChange.Broken, CorrectnessChange.Fixed, CorrectnessChange.BothRight], m.Change);
        Assert.Equal([false, false, true], m.Agrees);
    }

    [Fact]
    public void Hamming_fractions_count_the_classes_that_differ()
    {
        var ml = Data().Behaviors[1].Multilabel!;
        Assert.Equal([0.5f, 0.5f, 0f], ml.HammingToBase);
        Assert.Equal([0.5f, 0f, 0f], ml.HammingLoss);
    }

    [Fact]
    public void Kl_sums_the_bernoulli_kl_of_each_class_and_confidence_averages_max_p_and_1_minus_p()
    {
        var m = Data().Behaviors[1];
        Assert.Equal(0.3714853, m.Kl[0], Precision); // KL(0.9‖0.8) + KL(0.2‖0.6)
        Assert.Equal(0.7, m.Confidence[0], Precision); // (0.8 + 0.6)/2
        Assert.Equal(0.7 - 0.85, m.ConfidenceChange[0], Precision); // base (0.9 + 0.8)/2
    }

    [Fact]
    public void Overall_stats_are_exact_set_accuracy_agreement_macro_f1_and_hamming()
    {
        var overall = BehaviorComputation.Aggregate(Data(), []).Overall;
        var m = overall["m"];
        Assert.Equal(2 / 3.0, m.Accuracy!.Value, Precision);
        Assert.Equal(1 / 3.0, m.Agreement!.Value, Precision);
        Assert.Equal(1 / 3.0, m.HammingToBase!.Value, Precision);
        Assert.Equal(1 / 6.0, m.HammingLoss!.Value, Precision);
        Assert.Equal((1, 1), (m.Fixed, m.Broken));
        Assert.Equal(5 / 6.0, m.F1Score!.Value, Precision); // (F1 class 0 = 1 + F1 class 1 = 2/3) / 2
        Assert.Equal(5 / 6.0, overall["base"].F1Score!.Value, Precision); // (2/3 + 1) / 2
        Assert.Equal(0.0, overall["base"].HammingToBase!.Value);
    }

    [Fact]
    public void Each_class_is_one_row_with_its_own_accuracy_f1_and_agreement()
    {
        var classes = BehaviorComputation.Aggregate(Data(), []).Classes;
        Assert.Equal(["cat", "dog"], classes.Select(c => c.Class));
        var cat = classes[0].Models;
        Assert.Equal(3, classes[0].Count);
        Assert.Equal((1.0, 1.0), (cat["m"].Accuracy!.Value, cat["m"].F1Score!.Value));
        Assert.Equal(2 / 3.0, cat["base"].Accuracy!.Value, Precision);
        Assert.Equal(2 / 3.0, cat["base"].F1Score!.Value, Precision); // TP 1, FP 1
        Assert.Equal(2 / 3.0, cat["m"].Agreement!.Value, Precision);
        Assert.Equal((1, 0), (cat["m"].Fixed, cat["m"].Broken));
        Assert.Equal(-1.0, cat["m"].RelativeErrorChange);
        Assert.Equal(0.0780349, cat["m"].MeanKl!.Value, Precision); // (KL(0.9‖0.8) + KL(0.6‖0.4) + KL(0.1‖0.3)) / 3
        var dog = classes[1].Models;
        Assert.Equal(2 / 3.0, dog["m"].F1Score!.Value, Precision); // TP 1, FP 1
        Assert.Equal(1.0, dog["base"].F1Score!.Value);
        Assert.Null(dog["m"].RelativeErrorChange); // the base makes no error on dog, the model one
    }

    [Fact]
    public void Macro_f1_per_subgroup_leaves_out_classes_neither_labelled_nor_predicted_there()
    {
        var folder = Directory.CreateTempSubdirectory("cc-ml-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.csv"), "g\nx\ny\ny\n");
            var attributes = AttributeTable.Read(Path.Combine(folder, "a.csv")).Columns;
            var y = BehaviorComputation.Aggregate(Data(), attributes).Subgroups.Single(s => s.Value == "y").Models;
            // Instances 1 and 2: the model never predicts or is labelled cat there, and gets dog right: macro over dog alone.
            Assert.Equal(1.0, y["m"].F1Score!.Value);
            // The base predicts cat once where it is not labelled (F1 0) and gets dog right (F1 1).
            Assert.Equal(0.5, y["base"].F1Score!.Value, Precision);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Filtering_instances_by_a_class_keeps_those_labelled_with_it()
    {
        var page = InstanceTable.Page(Data(), null, new InstanceFilter { ClassIndex = 1 }, 0, 10);
        Assert.Equal([1], page.Rows.Select(r => r.Instance));
    }

    [Fact]
    public void Instance_rows_carry_the_labelled_set_and_each_models_predicted_set()
    {
        var rows = InstanceTable.Page(Data(), null, null, 0, 10).Rows;
        // Labels [1,0] [0,1] [0,0]; base bits [1,0] [1,1] [0,0]; model bits [1,1] [0,1] [0,0].
        Assert.Equal([[0], [1], []], rows.Select(r => r.Labels!.ToArray()));
        Assert.Equal([[0], [0, 1], []], rows.Select(r => r.Predictions[0].PredictedSet!.ToArray()));
        Assert.Equal([[0, 1], [1], []], rows.Select(r => r.Predictions[1].PredictedSet!.ToArray()));
    }

    [Fact]
    public void Classification_rows_have_no_sets()
    {
        var data = BehaviorComputation.Instances([0, 1], ["cat", "dog"], [HandOutputs.Predicting("A", 2, [0, 1]), HandOutputs.Predicting("B", 2, [1, 1])]);
        var row = InstanceTable.Page(data, null, null, 0, 10).Rows[0];
        Assert.Null(row.Labels);
        Assert.All(row.Predictions, p => Assert.Null(p.PredictedSet));
    }

    [Fact]
    public void Exemplars_name_the_labelled_set()
    {
        var exemplars = BehaviorComputation.Aggregate(Data(), []).Exemplars;
        Assert.Equal([(0, "cat"), (1, "dog")], exemplars.Select(e => (e.Instance, e.Label)));
    }
}

public sealed class MultilabelServiceTests
{
    static readonly float[][] Rows = [.. Enumerable.Repeat(new[] { 0.4f, 0.2f }, 6)];

    static BehaviorSpecFolder Folder(int[] labelShape)
    {
        var folder = new BehaviorSpecFolder("""{"labels": "y.npy", "task": "multilabel", "threshold": 0.3, "classes": ["cat", "dog"]}""");
        var count = labelShape.Aggregate(1, (a, b) => a * b);
        // Every instance labelled cat only.
        CompressCompare.Backend.Data.NpyArray.OfInt64([.. Enumerable.Range(0, count).Select(j => j % 2 == 0 ? 1L : 0L)], labelShape)
            .Write(Path.Combine(folder.Root, "y.npy"));
        return folder;
    }

    static FixedOutputSource Outputs() => new(HandOutputs.Of("A", Rows), HandOutputs.Of("B", [.. Enumerable.Repeat(new[] { 0.2f, 0.2f }, 6)]));

    [Fact]
    public async Task Compare_reads_n_by_k_labels_and_the_spec_threshold()
    {
        using var folder = Folder([6, 2]);
        var result = await folder.Service(Outputs()).CompareAsync(folder.Spec, null, "A", ["B"], CompressCompare.Backend.Progress.NoProgress.Instance, CancellationToken.None);
        // At 0.3 the base predicts cat (0.4) on every instance, exactly the labels; B (0.2) predicts nothing.
        Assert.Equal(1.0, result.Overall["A"].Accuracy);
        Assert.Equal(0.0, result.Overall["B"].Accuracy);
        Assert.Equal(0.0, result.Classes[0].Models["B"].F1Score);
        Assert.Equal(CompressCompare.Protocol.Spec.DatasetTask.Multilabel, result.Task);
    }

    [Fact]
    public async Task Instances_show_the_labelled_set_and_the_sets_predicted_at_the_spec_threshold()
    {
        using var folder = Folder([6, 2]);
        var page = await folder.Service(Outputs()).InstancesAsync(
            new InstancesParams { Path = folder.Spec, BaseId = "A", ModelIds = ["B"], Offset = 0, Limit = 2 }, CancellationToken.None);
        var row = page.Rows[0];
        Assert.Equal([0], row.Labels!);
        // At 0.3 the base predicts cat (0.4) and not dog (0.2); B predicts neither.
        Assert.Equal([0], row.Predictions[0].PredictedSet!);
        Assert.Empty(row.Predictions[1].PredictedSet!);
    }

    [Fact]
    public async Task Labels_of_the_wrong_shape_say_which_shape_to_save()
    {
        using var folder = Folder([6]);
        var error = await Assert.ThrowsAsync<CompressCompare.Backend.Errors.BackendException>(() =>
            folder.Service(Outputs()).CompareAsync(folder.Spec, null, "A", ["B"], CompressCompare.Backend.Progress.NoProgress.Instance, CancellationToken.None));
        Assert.Contains("[6]", error.Message);
        Assert.Contains("[6, 2]", error.ErrorData.Hint);
    }
}
