// The diagnosis's base and compressed-model outputs through the evaluation's output cache (OutputCache: the files
// `evaluate` and the Behaviors panel read and write). A whole-dataset entry of the model gives the sample's rows; else the
// sample's own entry, stored under the model's cache key joined with the sample's instance indices, which a second
// diagnosis of the same sample finds. Outputs are kept as the cache keeps them (TaskOutputs: class probabilities for a
// classifier, raw vectors for embeddings), and every variant a diagnosis runs is converted the same way, so cached and
// computed outputs compare like with like (argmax and cosine read them as they read raw outputs).
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Diagnose;

internal sealed class SampleOutputCache(ParsedSpec spec)
{
    readonly OutputCache _cache = new(spec.Path);
    /// <summary>The request's provider, fixed when it starts: part of every ONNX model's cache key, as in ModelOutputResolver.</summary>
    readonly ExecutionProvider _provider = ExecutionProvider.Current;
    readonly string _datasetHash = EvaluationDataset.Locate(spec).Hash;
    readonly Dictionary<string, string> _keys = [];

    DatasetTask Task => spec.Dataset?.Task ?? DatasetTask.Classification;

    /// <summary>The output the spec names for the model (what its cached outputs are of); null for the model's first.</summary>
    public string? OutputOf(string modelId) => ModelOutputResolver.OutputOf(spec, modelId);

    /// <summary>The model's outputs on the dataset instances <paramref name="indices"/> from the cache; null when it holds none for them.</summary>
    public SampleOutputs? TryRead(DiagnosedModel model, int[] indices, int datasetCount, CancellationToken cancellationToken)
    {
        var key = Key(model, cancellationToken);
        if (_cache.TryRead(model.Id, key, _datasetHash) is { } full && full.Outputs.Instances == datasetCount)
        {
            var (values, width) = (full.Outputs.Probabilities, full.Outputs.Classes);
            var rows = new float[indices.Length * width];
            for (var r = 0; r < indices.Length; r++) values.AsSpan(indices[r] * width, width).CopyTo(rows.AsSpan(r * width, width));
            return new SampleOutputs(rows, width, indices);
        }
        return _cache.TryRead(model.Id, SampleKey(key, indices), _datasetHash) is { } sample && sample.Outputs.Instances == indices.Length
            ? new SampleOutputs(sample.Outputs.Probabilities, sample.Outputs.Classes, indices)
            : null;
    }

    /// <summary>Stores the model's outputs on its sample, for the next diagnosis of that sample.</summary>
    public void Write(DiagnosedModel model, ModelOutputs outputs, int[] indices, CancellationToken cancellationToken) =>
        _cache.Write(outputs, ModelSource.Onnx, SampleKey(Key(model, cancellationToken), indices), _datasetHash);

    /// <summary>A run's raw first-output rows as the cache keeps them for the dataset's task.</summary>
    public ModelOutputs Convert(DiagnosedModel model, float[] raw, int rows, int width) => TaskOutputs.FromRaw(model.Id, raw, rows, width, Task, model.File);

    /// <summary>The model's whole-dataset cache key, as `evaluate` computes it (artifact, chosen output, provider).</summary>
    string Key(DiagnosedModel model, CancellationToken cancellationToken)
    {
        if (!_keys.TryGetValue(model.File, out var key))
            _keys[model.File] = key = ModelOutputResolver.CacheKeyOf(ContentHash.Of(model.File, cancellationToken), OutputOf(model.Id), _provider);
        return key;
    }

    static string SampleKey(string key, int[] indices) => ContentHash.Combine(key, ContentHash.OfText("diagnose-sample:" + string.Join(',', indices)));
}
