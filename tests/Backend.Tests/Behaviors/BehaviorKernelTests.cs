// The per-instance metrics on hand-computed cases.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Protocol.Behaviors;

namespace Backend.Tests.Behaviors;

public sealed class BehaviorKernelTests
{
    static ModelBehavior Compare(Backend.Tests.Behaviors.HandOutputsPair pair, int[] labels) =>
        BehaviorKernel.Compare(pair.Base, BehaviorKernel.LogProbabilities(pair.Base), pair.Model, labels);

    [Fact]
    public void Kl_is_the_sum_of_base_probability_times_log_ratio()
    {
        var pair = new HandOutputsPair(HandOutputs.Of("a", [0.5f, 0.5f]), HandOutputs.Of("b", [0.25f, 0.75f]));
        var behavior = Compare(pair, [0]);
        // 0.5·ln(0.5/0.25) + 0.5·ln(0.5/0.75) = 0.5·ln 2 + 0.5·ln(2/3)
        Assert.Equal(0.5 * Math.Log(2) + 0.5 * Math.Log(2.0 / 3), behavior.Kl[0], 5);
    }

    [Fact]
    public void Kl_clamps_a_zero_model_probability_to_the_floor_instead_of_infinity()
    {
        var pair = new HandOutputsPair(HandOutputs.Of("a", [0.5f, 0.5f]), HandOutputs.Of("b", [0f, 1f]));
        var behavior = Compare(pair, [1]);
        // 0.5·(ln 0.5 − ln 1e-7) + 0.5·(ln 0.5 − ln 1) ≈ 7.7124
        var expected = 0.5 * (Math.Log(0.5) - Math.Log(1e-7)) + 0.5 * Math.Log(0.5);
        Assert.True(float.IsFinite(behavior.Kl[0]));
        Assert.Equal(expected, behavior.Kl[0], 3);
    }

    [Fact]
    public void Kl_ignores_classes_the_base_gives_zero_and_is_zero_against_itself()
    {
        var baseOutputs = HandOutputs.Of("a", [1f, 0f]);
        var behavior = Compare(new HandOutputsPair(baseOutputs, HandOutputs.Of("b", [0.5f, 0.5f])), [0]);
        Assert.Equal(Math.Log(2), behavior.Kl[0], 5);
        Assert.Equal(0f, Compare(new HandOutputsPair(baseOutputs, baseOutputs), [0]).Kl[0]);
    }

    [Fact]
    public void Change_counts_fixed_broken_both_right_and_both_wrong_against_the_labels()
    {
        var labels = new[] { 0, 0, 1, 1 };
        var pair = new HandOutputsPair(HandOutputs.Predicting("a", 2, 0, 1, 1, 0), HandOutputs.Predicting("b", 2, 0, 0, 0, 0));
        var behavior = Compare(pair, labels);
        Assert.Equal([CorrectnessChange.BothRight, CorrectnessChange.Fixed, CorrectnessChange.Broken, CorrectnessChange.BothWrong], behavior.Change);
        Assert.Equal([true, false, false, true], behavior.Agrees);
    }

    [Fact]
    public void Confidence_change_is_the_models_top_probability_minus_the_bases()
    {
        var pair = new HandOutputsPair(HandOutputs.Of("a", [0.9f, 0.1f]), HandOutputs.Of("b", [0.4f, 0.6f]));
        Assert.Equal(0.6f - 0.9f, Compare(pair, [0]).ConfidenceChange[0], 5);
    }
}

public sealed record HandOutputsPair(CompressCompare.Backend.Evaluation.ModelOutputs Base, CompressCompare.Backend.Evaluation.ModelOutputs Model);
