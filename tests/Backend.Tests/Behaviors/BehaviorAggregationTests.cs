// Aggregates over a six-instance hand example: overall, per class, per subgroup, and the exemplars.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Protocol.Behaviors;

namespace Backend.Tests.Behaviors;

public sealed class BehaviorAggregationTests
{
    // Labels      0 0 0 1 1 1
    // base  "A"   0 0 1 1 1 0   → wrong on 2 and 5 (2 errors)
    // "B"         0 1 1 1 0 0   → breaks 1 and 4; both wrong on 2, 5 (4 errors)
    // "C"         0 0 0 1 1 1   → fixes 2 and 5 (0 errors)
    // group "g"   x x y y x y
    static readonly int[] Labels = [0, 0, 0, 1, 1, 1];

    static InstanceBehaviors Example() => BehaviorComputation.Instances(Labels, ["cat", "dog"],
        [HandOutputs.Predicting("A", 2, 0, 0, 1, 1, 1, 0), HandOutputs.Predicting("B", 2, 0, 1, 1, 1, 0, 0), HandOutputs.Predicting("C", 2, 0, 0, 0, 1, 1, 1)]);

    static readonly AttributeColumn Group = new("g", ["x", "y"], new InstanceGrouping(2, [0, 0, 1, 1, 0, 1]));

    [Fact]
    public void Overall_counts_accuracy_agreement_errors_fixed_and_broken_with_the_base_agreeing_with_itself()
    {
        var result = BehaviorComputation.Aggregate(Example(), []);
        Assert.Equal(["A", "B", "C"], result.Models);
        var a = result.Overall["A"];
        Assert.Equal((6, 4.0 / 6, 2, 1.0, 0.0, 0, 0), (a.Count, a.Accuracy!.Value, a.Errors, a.Agreement!.Value, a.RelativeErrorChange!.Value, a.Fixed, a.Broken));
        Assert.Equal(0.0, a.MeanKl);
        var b = result.Overall["B"];
        Assert.Equal((2.0 / 6, 4, 4.0 / 6, 1.0, 0, 2), (b.Accuracy!.Value, b.Errors, b.Agreement!.Value, b.RelativeErrorChange!.Value, b.Fixed, b.Broken));
        var c = result.Overall["C"];
        Assert.Equal((1.0, 0, -1.0, 2, 0), (c.Accuracy!.Value, c.Errors, c.RelativeErrorChange!.Value, c.Fixed, c.Broken));
        Assert.Equal(0.8, c.MeanConfidence!.Value, 5);
        Assert.True(b.MeanKl > 0);
    }

    [Fact]
    public void Per_class_stats_use_only_that_classes_instances_and_its_base_errors()
    {
        var result = BehaviorComputation.Aggregate(Example(), []);
        Assert.Equal(["cat", "dog"], result.Classes.Select(c => c.Class));
        var cat = result.Classes[0];
        Assert.Equal(3, cat.Count);
        // Class 0: base wrong on 2 (1 error); B wrong on 1, 2 (2 errors): +100 %.
        Assert.Equal(1, cat.Models["A"].Errors);
        Assert.Equal(2, cat.Models["B"].Errors);
        Assert.Equal(1.0, cat.Models["B"].RelativeErrorChange);
        Assert.Equal(1, cat.Models["B"].Broken);
        Assert.Equal(1, cat.Models["C"].Fixed);
    }

    [Fact]
    public void Per_subgroup_stats_cover_each_value_of_each_attribute()
    {
        var result = BehaviorComputation.Aggregate(Example(), [Group]);
        Assert.Equal([("g", "x", 3), ("g", "y", 3)], result.Subgroups.Select(s => (s.Attribute, s.Value, s.Count)));
        // x = {0, 1, 4}: base right on all; B breaks 1 and 4 → base 0 errors, B 2 → unbounded (null).
        var x = result.Subgroups[0];
        Assert.Equal(0, x.Models["A"].Errors);
        Assert.Null(x.Models["B"].RelativeErrorChange);
        Assert.Equal(0.0, x.Models["C"].RelativeErrorChange);
        // y = {2, 3, 5}: base wrong on 2 and 5; B predicts the same; C fixes both (so agrees only on 3).
        Assert.Equal(1.0, result.Subgroups[1].Models["B"].Agreement!.Value, 10);
        Assert.Equal(1.0 / 3, result.Subgroups[1].Models["C"].Agreement!.Value, 10);
        Assert.Equal(-1.0, result.Subgroups[1].Models["C"].RelativeErrorChange);
    }

    [Fact]
    public void Relative_error_change_is_zero_when_neither_errs_and_null_when_only_the_model_errs()
    {
        Assert.Equal(0.0, BehaviorAggregator.RelativeErrorChange(0, 0));
        Assert.Null(BehaviorAggregator.RelativeErrorChange(0, 3));
        Assert.Equal(1.455, BehaviorAggregator.RelativeErrorChange(200, 491)!.Value, 10);
    }

    [Fact]
    public void Exemplars_rank_by_flips_then_instance_index_and_skip_unflipped_instances()
    {
        // Flips: B differs from A on 1, 4; C differs on 2, 5 → every flipped instance has 1 flip.
        var result = BehaviorComputation.Aggregate(Example(), []);
        Assert.Equal([(1, 1, "cat"), (2, 1, "cat"), (4, 1, "dog"), (5, 1, "dog")], result.Exemplars.Select(e => (e.Instance, e.Flips, e.Label)));
        Assert.Equal([3, 2, 0, 4], ExemplarRanker.Rank([1, 0, 2, 3, 1, 0]));
        Assert.Equal([3, 2], ExemplarRanker.Rank([1, 0, 2, 3, 1, 0], limit: 2));
    }

    [Fact]
    public void Empty_groups_report_null_means()
    {
        var stats = BehaviorAggregator.Aggregate(Example().Behaviors, new InstanceGrouping(3, [0, 0, 0, 1, 1, 1]));
        Assert.Equal(0, stats[2][1].Count);
        Assert.Null(stats[2][1].Accuracy);
        Assert.Null(stats[2][1].MeanKl);
    }
}
