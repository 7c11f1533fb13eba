// PLACEHOLDER: replaced by the behaviour comparison (compare CLI command, behaviors/* and dataset/instance RPC methods).
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public sealed class BehaviorService(SpecService specs, IModelOutputSource outputs)
{
    public Task<BehaviorComparison> CompareAsync(string path, string baseId, IReadOnlyList<string> modelIds, IWorkProgress progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"comparison lands next ({specs}, {outputs})");

    public Task<InstancesPage> InstancesAsync(InstancesParams request, CancellationToken cancellationToken) =>
        throw new NotImplementedException("comparison lands next");

    public Task<InstanceData> InstanceAsync(string path, int instance, CancellationToken cancellationToken) =>
        throw new NotImplementedException("comparison lands next");
}
