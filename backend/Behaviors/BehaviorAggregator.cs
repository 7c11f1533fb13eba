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
        void Model(int m)
        {
            var sums = new GroupSums(groups);
            sums.Add(behaviors[m], grouping.GroupOf);
            for (var g = 0; g < groups; g++)
            {
                var errors = sums.Count[g] - sums.Correct[g];
                if (m == 0) baseErrors[g] = errors;
                result[g][m] = sums.Stats(g, RelativeErrorChange(baseErrors[g], errors));
            }
        }
        // The base first: every other model's relative error change needs its errors. The others are independent.
        Model(0);
        Parallel.For(1, behaviors.Count, Model);
        return result;
    }

    /// <summary>(errors − base errors) / base errors; 0 when neither has errors; null when only the model has some (no finite ratio).</summary>
    public static double? RelativeErrorChange(int baseErrors, int errors) =>
        baseErrors > 0 ? (double)(errors - baseErrors) / baseErrors
        : errors == 0 ? 0.0
        : null;

    /// <summary>Running sums per group of one model: a few arrays of the group count, never per instance.</summary>
    sealed class GroupSums(int groups)
    {
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
