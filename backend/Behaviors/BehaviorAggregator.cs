// Sums per-instance behaviours over groups of instances into BehaviorStats: one pass per model and grouping.
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class BehaviorAggregator
{
    /// <summary>
    /// Stats of every behaviour for every group: result[g][m] is model m on group g. <paramref name="behaviors"/>[0]
    /// is the base: every model's relative error change is taken against its errors on the same group.
    /// </summary>
    public static BehaviorStats[][] Aggregate(IReadOnlyList<ModelBehavior> behaviors, InstanceGrouping grouping)
    {
        var groups = grouping.Groups;
        var result = new BehaviorStats[groups][];
        for (var g = 0; g < groups; g++) result[g] = new BehaviorStats[behaviors.Count];
        var baseErrors = new int[groups];
        var baseLabelMse = new double?[groups];
        void Model(int m)
        {
            var sums = new GroupSums(groups);
            sums.Add(behaviors[m], grouping.GroupOf);
            if (behaviors[m].Vector is { } vector) sums.AddVector(vector, grouping.GroupOf);
            var multilabel = behaviors[m].Multilabel is { } ml ? MultilabelAggregator.Count(ml, grouping) : null;
            for (var g = 0; g < groups; g++)
            {
                var errors = sums.Count[g] - sums.Correct[g];
                if (m == 0) baseErrors[g] = errors;
                var stats = sums.Stats(g, RelativeErrorChange(baseErrors[g], errors));
                if (behaviors[m].Vector is not null)
                {
                    if (m == 0) baseLabelMse[g] = sums.LabelMse(g);
                    stats = sums.VectorStats(g, stats, baseLabelMse[g]);
                }
                if (multilabel is not null) stats = MultilabelAggregator.WithGroupStats(stats, multilabel, g, behaviors[m].Multilabel!.Classes);
                if (behaviors[m].Text is { } text) stats = TextStats(stats, text, grouping, g);
                result[g][m] = stats;
            }
        }
        // The base first: every other model's relative error change needs its errors. The others are independent.
        Model(0);
        Parallel.For(1, behaviors.Count, Model);
        return result;
    }

    /// <summary>
    /// Generated text: mean token F1 to the references and to the base's text. Without references nothing is right
    /// or wrong, so accuracy, errors and their change are left out.
    /// </summary>
    static BehaviorStats TextStats(BehaviorStats stats, TextChange text, InstanceGrouping grouping, int g)
    {
        double f1 = 0, f1ToBase = 0;
        for (var i = 0; i < grouping.GroupOf.Length; i++)
            if (grouping.GroupOf[i] == g)
            {
                f1 += text.TokenF1?[i] ?? 0;
                f1ToBase += text.TokenF1ToBase[i];
            }
        var n = stats.Count;
        var labelled = text.TokenF1 is not null;
        return stats with
        {
            MeanKl = null,
            MeanConfidence = null,
            Accuracy = labelled ? stats.Accuracy : null,
            Errors = labelled ? stats.Errors : 0,
            RelativeErrorChange = labelled ? stats.RelativeErrorChange : null,
            TokenF1 = labelled && n > 0 ? f1 / n : null,
            TokenF1ToBase = n > 0 ? f1ToBase / n : null,
        };
    }

    /// <summary>(errors − base errors) / base errors; 0 when neither has errors; null when only the model has some (no finite ratio).</summary>
    public static double? RelativeErrorChange(int baseErrors, int errors) =>
        baseErrors > 0 ? (double)(errors - baseErrors) / baseErrors
        : errors == 0 ? 0.0
        : null;

    /// <summary>Running sums per group of one model: a few arrays of the group count, never per instance.</summary>
    sealed class GroupSums(int groups)
    {
        readonly double[] _cosine = new double[groups];
        readonly double[] _mse = new double[groups];
        readonly double[] _relativeL2 = new double[groups];
        double[]? _labelMse;

        public void AddVector(VectorChange vector, int[] groupOf)
        {
            if (vector.LabelMse is not null) _labelMse = new double[_cosine.Length];
            for (var i = 0; i < groupOf.Length; i++)
            {
                var g = groupOf[i];
                _cosine[g] += vector.Cosine[i];
                _mse[g] += vector.Mse[i];
                _relativeL2[g] += vector.RelativeL2[i];
                if (_labelMse is not null) _labelMse[g] += vector.LabelMse![i];
            }
        }

        public double? LabelMse(int g) => _labelMse is null || Count[g] == 0 ? null : _labelMse[g] / Count[g];

        /// <summary>The vector stats in place of the class ones, which mean nothing without classes.</summary>
        public BehaviorStats VectorStats(int g, BehaviorStats classStats, double? baseLabelMse)
        {
            var n = Count[g];
            double? Mean(double sum) => n == 0 ? null : sum / n;
            var labelMse = LabelMse(g);
            return classStats with
            {
                Accuracy = null,
                Agreement = null,
                MeanKl = null,
                MeanConfidence = null,
                RelativeErrorChange = null,
                MeanCosine = Mean(_cosine[g]),
                MeanMse = Mean(_mse[g]),
                MeanRelativeL2 = Mean(_relativeL2[g]),
                LabelMse = labelMse,
                LabelMseChange = labelMse - baseLabelMse,
            };
        }

        public readonly int[] Count = new int[groups];
        public readonly int[] Correct = new int[groups];
        readonly int[] _agree = new int[groups];
        readonly int[] _fixed = new int[groups];
        readonly int[] _broken = new int[groups];
        readonly double[] _kl = new double[groups];
        readonly double[] _confidence = new double[groups];

        public void Add(ModelBehavior behavior, int[] groupOf)
        {
            var change = behavior.Change;
            var agrees = behavior.Agrees;
            var kl = behavior.Kl;
            var confidence = behavior.Confidence;
            for (var i = 0; i < groupOf.Length; i++)
            {
                var g = groupOf[i];
                Count[g]++;
                switch (change[i])
                {
                    case CorrectnessChange.BothRight: Correct[g]++; break;
                    case CorrectnessChange.Fixed: Correct[g]++; _fixed[g]++; break;
                    case CorrectnessChange.Broken: _broken[g]++; break;
                }
                if (agrees[i]) _agree[g]++;
                _kl[g] += kl[i];
                _confidence[g] += confidence[i];
            }
        }

        public BehaviorStats Stats(int g, double? relativeErrorChange)
        {
            var n = Count[g];
            double? Mean(double sum) => n == 0 ? null : sum / n;
            return new BehaviorStats
            {
                Count = n,
                Accuracy = Mean(Correct[g]),
                Errors = n - Correct[g],
                Agreement = Mean(_agree[g]),
                MeanKl = Mean(_kl[g]),
                RelativeErrorChange = relativeErrorChange,
                MeanConfidence = Mean(_confidence[g]),
                Fixed = _fixed[g],
                Broken = _broken[g],
            };
        }
    }
}
