// A partition of the instances into groups (all instances, true classes, the values of one attribute): the
// unit BehaviorAggregator sums over in one pass.
namespace CompressCompare.Backend.Behaviors;

/// <summary><paramref name="GroupOf"/>[i] is the group of instance i, in 0..Groups−1.</summary>
public sealed record InstanceGrouping(int Groups, int[] GroupOf)
{
    public static InstanceGrouping All(int instances) => new(1, new int[instances]);

    public static InstanceGrouping ByClass(int[] labels, int classes) => new(classes, labels);
}
