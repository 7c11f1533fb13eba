// The behaviour comparison as a pure function of model outputs, labels and attributes (no files): the code
// path the service, the tests and `bench compare` share.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Behaviors;

public static class BehaviorComputation
{
    /// <summary>Per-instance behaviours of every model; <paramref name="outputs"/>[0] is the base.</summary>
    public static InstanceBehaviors Instances(int[] labels, IReadOnlyList<string> classNames, IReadOnlyList<ModelOutputs> outputs)
    {
        var baseOutputs = outputs[0];
        var baseLogs = BehaviorKernel.LogProbabilities(baseOutputs);
        var behaviors = new ModelBehavior[outputs.Count];
        // Models are independent: one per core.
        Parallel.For(0, outputs.Count, m => behaviors[m] = BehaviorKernel.Compare(baseOutputs, baseLogs, outputs[m], labels));
        return new InstanceBehaviors(labels, classNames, behaviors, BehaviorKernel.Flips(behaviors, labels.Length));
    }

    /// <summary>
    /// Per-instance behaviours of models whose outputs are vectors without classes (embedding, regression):
    /// <paramref name="targets"/> are the regression labels (row-major, the output width per instance) or null.
    /// </summary>
    public static InstanceBehaviors VectorInstances(DatasetTask task, IReadOnlyList<ModelOutputs> outputs, float[]? targets)
    {
        var baseOutputs = outputs[0];
        var n = baseOutputs.Instances;
        var behaviors = new ModelBehavior[outputs.Count];
        Parallel.For(0, outputs.Count, m => behaviors[m] = VectorKernel.Compare(baseOutputs, outputs[m], targets));
        return new InstanceBehaviors(new int[n], [], behaviors, new int[n]) { Task = task, Moved = VectorKernel.Moved(behaviors, n) };
    }

    /// <summary>
    /// Per-instance behaviours of multilabel models (sigmoid outputs): <paramref name="labels"/> are the 0/1 labels,
    /// row-major [instances × classes]; a class is predicted at or above <paramref name="threshold"/>.
    /// </summary>
    public static InstanceBehaviors MultilabelInstances(byte[] labels, IReadOnlyList<string> classNames, IReadOnlyList<ModelOutputs> outputs, float threshold)
    {
        var baseOutputs = outputs[0];
        var n = baseOutputs.Instances;
        var behaviors = new ModelBehavior[outputs.Count];
        Parallel.For(0, outputs.Count, m => behaviors[m] = MultilabelKernel.Compare(baseOutputs, outputs[m], labels, threshold));
        return new InstanceBehaviors(new int[n], classNames, behaviors, BehaviorKernel.Flips(behaviors, n)) { Task = DatasetTask.Multilabel };
    }

    /// <summary>The instance's true label as shown: its class name, for multilabel the labelled classes joined by "+", for generation the reference.</summary>
    public static string LabelOf(InstanceBehaviors instances, int i)
    {
        if (instances.Task == DatasetTask.Generation) return instances.References?[i] ?? "";
        if (instances.Behaviors[0].Multilabel is not { } ml) return instances.ClassNames[instances.Labels[i]];
        var names = Enumerable.Range(0, ml.Classes).Where(c => ml.Labels[i * ml.Classes + c] == 1).Select(c => instances.ClassNames[c]);
        return string.Join("+", names);
    }

    public static BehaviorComparison Aggregate(InstanceBehaviors instances, IReadOnlyList<AttributeColumn> attributes)
    {
        var behaviors = instances.Behaviors;
        var models = behaviors.Select(b => b.ModelId).ToList();
        IReadOnlyDictionary<string, BehaviorStats> ByModel(BehaviorStats[] stats)
        {
            var byModel = new Dictionary<string, BehaviorStats>(models.Count);
            for (var m = 0; m < models.Count; m++) byModel[models[m]] = stats[m];
            return byModel;
        }

        var overall = BehaviorAggregator.Aggregate(behaviors, InstanceGrouping.All(instances.Count))[0];
        var classCount = instances.ClassNames.Count;
        // A task without classes (embeddings) has no class table; its subgroups and exemplars remain.
        // Multilabel: each class is a row over every instance (its own accuracy and F1), not the instances of one true class.
        var multilabel = behaviors[0].Multilabel is not null;
        var perClass = classCount == 0 || multilabel ? [] : BehaviorAggregator.Aggregate(behaviors, InstanceGrouping.ByClass(instances.Labels, classCount));
        var classes = multilabel ? MultilabelAggregator.ClassTable(behaviors, instances.ClassNames) : new List<ClassComparison>(classCount);
        for (var c = 0; c < perClass.Length; c++)
            classes.Add(new ClassComparison { Class = instances.ClassNames[c], Index = c, Count = perClass[c][0].Count, Models = ByModel(perClass[c]) });

        var subgroups = new List<SubgroupComparison>();
        foreach (var attribute in attributes)
        {
            var perValue = BehaviorAggregator.Aggregate(behaviors, attribute.Grouping);
            for (var v = 0; v < attribute.Values.Count; v++)
                subgroups.Add(new SubgroupComparison
                {
                    Attribute = attribute.Name,
                    Value = attribute.Values[v],
                    Count = perValue[v][0].Count,
                    Models = ByModel(perValue[v]),
                });
        }

        var exemplars = instances.Moved is { } moved
            ? [.. ExemplarRanker.RankMoved(moved).Select(i => new Exemplar { Instance = i, Flips = 0, Label = "", Moved = moved[i] })]
            : ExemplarRanker.Rank(instances.Flips)
                .Select(i => new Exemplar { Instance = i, Flips = instances.Flips[i], Label = LabelOf(instances, i) })
                .ToList();
        return new BehaviorComparison
        {
            Base = models[0],
            Models = models,
            InstanceCount = instances.Count,
            Task = instances.Task,
            ClassNames = instances.ClassNames,
            Overall = ByModel(overall),
            Classes = classes,
            Subgroups = subgroups,
            Exemplars = exemplars,
        };
    }
}
