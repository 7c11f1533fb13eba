// Multilabel numbers over groups of instances: per group (all instances, a subgroup) the mean Hamming fractions
// and the macro F1 over classes; and the class table, where each class is one row with its own accuracy, F1,
// agreement with the base, KL and confidence over every instance.
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class MultilabelAggregator
{
    /// <summary>Per group: the summed Hamming fractions and per class the true/false positives and false negatives.</summary>
    public sealed class GroupCounts(int groups, int classes)
    {
        public readonly int[] Count = new int[groups];
        public readonly double[] HammingToBase = new double[groups];
        public readonly double[] HammingLoss = new double[groups];
        public readonly int[] TruePositives = new int[groups * classes];
        public readonly int[] FalsePositives = new int[groups * classes];
        public readonly int[] FalseNegatives = new int[groups * classes];
    }

    public static GroupCounts Count(MultilabelChange ml, InstanceGrouping grouping)
    {
        var k = ml.Classes;
        var counts = new GroupCounts(grouping.Groups, k);
        for (var i = 0; i < grouping.GroupOf.Length; i++)
        {
            var g = grouping.GroupOf[i];
            counts.Count[g]++;
            counts.HammingToBase[g] += ml.HammingToBase[i];
            counts.HammingLoss[g] += ml.HammingLoss[i];
            for (var c = 0; c < k; c++)
            {
                var (bit, label) = (ml.Bits[i * k + c], ml.Labels[i * k + c]);
                if (bit == 1 && label == 1) counts.TruePositives[g * k + c]++;
                else if (bit == 1) counts.FalsePositives[g * k + c]++;
                else if (label == 1) counts.FalseNegatives[g * k + c]++;
            }
        }
        return counts;
    }

    /// <summary>The group's stats with the multilabel means added: macro F1 over the classes that have an F1 there.</summary>
    public static BehaviorStats WithGroupStats(BehaviorStats stats, GroupCounts counts, int g, int classes)
    {
        var n = counts.Count[g];
        double f1Sum = 0;
        var f1Classes = 0;
        for (var c = 0; c < classes; c++)
            if (F1(counts.TruePositives[g * classes + c], counts.FalsePositives[g * classes + c], counts.FalseNegatives[g * classes + c]) is { } f1)
            {
                f1Sum += f1;
                f1Classes++;
            }
        return stats with
        {
            F1Score = f1Classes == 0 ? null : f1Sum / f1Classes,
            HammingToBase = n == 0 ? null : counts.HammingToBase[g] / n,
            HammingLoss = n == 0 ? null : counts.HammingLoss[g] / n,
        };
    }

    /// <summary>2·TP / (2·TP + FP + FN); null when the class is neither labelled nor predicted in the set (no F1 to speak of).</summary>
    public static double? F1(int truePositives, int falsePositives, int falseNegatives)
    {
        var denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? null : 2.0 * truePositives / denominator;
    }

    /// <summary>One row per class over every instance: that class's accuracy, F1, agreement, KL and confidence per model.</summary>
    public static List<ClassComparison> ClassTable(IReadOnlyList<ModelBehavior> behaviors, IReadOnlyList<string> classNames)
    {
        var k = classNames.Count;
        var perModel = behaviors.Select(b => ClassStats(b.Multilabel!)).ToArray();
        var rows = new List<ClassComparison>(k);
        for (var c = 0; c < k; c++)
        {
            var models = new Dictionary<string, BehaviorStats>(behaviors.Count);
            for (var m = 0; m < behaviors.Count; m++)
                models[behaviors[m].ModelId] = perModel[m][c] with
                {
                    RelativeErrorChange = BehaviorAggregator.RelativeErrorChange(perModel[0][c].Errors, perModel[m][c].Errors),
                };
            rows.Add(new ClassComparison { Class = classNames[c], Index = c, Count = perModel[0][c].Count, Models = models });
        }
        return rows;
    }

    static BehaviorStats[] ClassStats(MultilabelChange ml)
    {
        var k = ml.Classes;
        var n = ml.Bits.Length / k;
        var stats = new BehaviorStats[k];
        for (var c = 0; c < k; c++)
        {
            int correct = 0, agree = 0, fixedCount = 0, broken = 0, tp = 0, fp = 0, fn = 0;
            double kl = 0, confidence = 0;
            for (var i = 0; i < n; i++)
            {
                var j = i * k + c;
                var (bit, baseBit, label) = (ml.Bits[j], ml.BaseBits[j], ml.Labels[j]);
                if (bit == label) correct++;
                if (bit == baseBit) agree++;
                if (bit == label && baseBit != label) fixedCount++;
                if (bit != label && baseBit == label) broken++;
                if (bit == 1 && label == 1) tp++;
                else if (bit == 1) fp++;
                else if (label == 1) fn++;
                kl += MultilabelKernel.BernoulliKl(ml.BaseProbabilities[j], ml.Probabilities[j]);
                confidence += Math.Max(ml.Probabilities[j], 1 - ml.Probabilities[j]);
            }
            double? Mean(double sum) => n == 0 ? null : sum / n;
            stats[c] = new BehaviorStats
            {
                Count = n,
                Accuracy = Mean(correct),
                Errors = n - correct,
                Agreement = Mean(agree),
                MeanKl = Mean(Math.Max(kl, 0)),
                MeanConfidence = Mean(confidence),
                Fixed = fixedCount,
                Broken = broken,
                F1Score = F1(tp, fp, fn),
            };
        }
        return stats;
    }
}
