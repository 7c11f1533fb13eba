// `bench compare`: how long every comparison metric takes on synthetic cached outputs (default 100,000
// instances × 20 models × 10 classes; the goal is under 1 s). Times the per-instance kernel and the
// aggregation (overall, per class, per subgroup, exemplars) without file reads, and apart from them one sorted
// page of the instance table; median of a few runs
// after a warm-up, so JIT compilation is not counted.
using System.Diagnostics;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors.Bench;

public sealed record CompareBenchmarkResult(int Instances, int Models, int Classes, double InstancesMs, double AggregateMs, double TotalMs, int Exemplars, double SortedPageMs);

public static class CompareBenchmark
{
    public const int Runs = 5;

    public static CompareBenchmarkResult Run(int instances, int models, int classes, int seed)
    {
        var random = new Random(seed);
        var labels = new int[instances];
        for (var i = 0; i < instances; i++) labels[i] = random.Next(classes);
        var outputs = Enumerable.Range(0, models).Select(m => Synthetic($"m{m}", labels, classes, random)).ToList();
        var names = Enumerable.Range(0, classes).Select(c => $"class {c}").ToList();
        // Two attributes of 2 and 3 values, like the demo's "border" and "ink".
        var attributes = new[] { 2, 3 }.Select((values, a) =>
        {
            var groupOf = new int[instances];
            for (var i = 0; i < instances; i++) groupOf[i] = random.Next(values);
            return new AttributeColumn($"attribute{a}", [.. Enumerable.Range(0, values).Select(v => $"v{v}")], new InstanceGrouping(values, groupOf));
        }).ToList();

        (double, double, int, double) Once()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            var data = BehaviorComputation.Instances(labels, names, outputs);
            var instanceMs = watch.Elapsed.TotalMilliseconds;
            var comparison = BehaviorComputation.Aggregate(data, attributes);
            var aggregateMs = watch.Elapsed.TotalMilliseconds - instanceMs;
            // What the first page of the Behaviors table costs: every instance filtered and sorted by one model's KL.
            watch.Restart();
            InstanceTable.Page(data, new InstanceSort { Field = InstanceSortField.Kl, ModelId = outputs[^1].ModelId, Descending = true },
                new InstanceFilter { Change = InstanceChange.All }, 0, 100);
            return (instanceMs, aggregateMs, comparison.Exemplars.Count, watch.Elapsed.TotalMilliseconds);
        }
        Once();
        var runs = Enumerable.Range(0, Runs).Select(_ => Once()).ToList();
        static double Median(IEnumerable<double> values) { var s = values.Order().ToList(); return s[s.Count / 2]; }
        return new CompareBenchmarkResult(instances, models, classes, Median(runs.Select(r => r.Item1)), Median(runs.Select(r => r.Item2)),
            Median(runs.Select(r => r.Item1 + r.Item2)), runs[0].Item3, Median(runs.Select(r => r.Item4)));
    }

    /// <summary>Softmax rows that mostly peak on the label, with noise so models disagree on some instances.</summary>
    static ModelOutputs Synthetic(string id, int[] labels, int classes, Random random)
    {
        var n = labels.Length;
        var probabilities = new float[n * classes];
        var predicted = new int[n];
        var confidence = new float[n];
        for (var i = 0; i < n; i++)
        {
            var row = probabilities.AsSpan(i * classes, classes);
            var sum = 0f;
            for (var c = 0; c < classes; c++) sum += row[c] = (float)random.NextDouble() + (c == labels[i] ? 0.8f : 0f);
            var best = 0;
            for (var c = 0; c < classes; c++)
            {
                row[c] /= sum;
                if (row[c] > row[best]) best = c;
            }
            predicted[i] = best;
            confidence[i] = row[best];
        }
        return new ModelOutputs(id, n, classes, probabilities, predicted, confidence);
    }
}
