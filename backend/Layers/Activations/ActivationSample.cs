// The dataset instances whose activations are probed: N evenly spaced over the spec's dataset, the same for every
// model (so two models' outputs compare value by value), read with the evaluation's dataset code.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Layers.Activations;

public sealed class ActivationSample
{
    /// <summary>The most instances a probe runs on (a larger count is a mistake, not a sample); memory is capped per model by ActivationRecorder.</summary>
    public const int MaxInstances = 100_000;

    ActivationSample(IReadOnlyList<int> indices, float[] inputs, int[] instanceShape)
    {
        Indices = indices;
        Inputs = inputs;
        InstanceShape = instanceShape;
    }

    /// <summary>Indices of the instances in the dataset, ascending.</summary>
    public IReadOnlyList<int> Indices { get; }
    /// <summary>The instances' inputs, row-major [Count × Features].</summary>
    public float[] Inputs { get; }
    /// <summary>Shape of one instance as the dataset stores it, e.g. [8, 8].</summary>
    public int[] InstanceShape { get; }
    public int Count => Indices.Count;
    public int Features => InstanceShape.Aggregate(1, (a, b) => a * b);

    /// <summary>
    /// <paramref name="requested"/> indices evenly spaced over [0, <paramref name="datasetSize"/>) starting at 0;
    /// all of them when the dataset is no larger.
    /// </summary>
    public static IReadOnlyList<int> EvenlySpaced(int requested, int datasetSize)
    {
        var count = Math.Min(requested, datasetSize);
        return [.. Enumerable.Range(0, count).Select(i => (int)((long)i * datasetSize / count))];
    }

    static float[] DecodeSample(EvaluationDataset dataset, IReadOnlyList<int> indices)
    {
        try
        {
            return dataset.DecodeImages(indices);
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is EvaluationException first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            throw;
        }
    }

    /// <summary>Reads the spec's dataset and keeps the sampled instances; dataset problems become InvalidRequest errors with what to fix.</summary>
    public static ActivationSample Load(ParsedSpec spec, int requested, CancellationToken cancellationToken)
    {
        try
        {
            var dataset = EvaluationDataset.Load(spec, cancellationToken);
            var indices = EvenlySpaced(requested, dataset.Count);
            if (dataset.Images is not null) return new ActivationSample(indices, DecodeSample(dataset, indices), dataset.InstanceShape);
            var features = dataset.Features;
            var all = indices.Count == 0 ? [] : dataset.InputsUpTo(indices[^1] + 1, cancellationToken);
            var inputs = new float[checked(indices.Count * features)];
            for (var i = 0; i < indices.Count; i++)
                all.AsSpan(indices[i] * features, features).CopyTo(inputs.AsSpan(i * features));
            return new ActivationSample(indices, inputs, dataset.InstanceShape);
        }
        catch (EvaluationException e)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, e.Message, new RpcErrorData { File = e.File, Hint = e.Hint });
        }
    }
}
