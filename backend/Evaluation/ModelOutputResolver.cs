// Gets one model's outputs the cheapest way: precomputed file, cache hit, or running its artifact (and caching
// the result). Shared by `models/evaluate` and the behaviour comparison through EvaluationService. Safe to call for
// several models at once (ModelScheduler): the dataset is read once, by whichever model needs it first.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using CompressCompare.Protocol.Evaluation;

namespace CompressCompare.Backend.Evaluation;

internal sealed class ModelOutputResolver(ParsedSpec spec, EvaluationStages? stages = null)
{
    readonly OutputCache _cache = new(spec.Path);
    /// <summary>The request's provider, fixed when it starts: it is part of every ONNX model's cache key.</summary>
    readonly ExecutionProvider _provider = ExecutionProvider.Current;
    /// <summary>Guards the lazily read dataset, labels and the list of cache writes, which concurrent models share.</summary>
    readonly Lock _gate = new();
    (string Inputs, string Labels, string Hash)? _located;
    EvaluationDataset? _dataset;
    int[]? _labels;
    readonly List<Task> _writes = [];

    /// <summary>Whether the dataset's labels are class indices, so a model has an accuracy (not so for embeddings, regression, multilabel).</summary>
    public bool HasClassLabels => TaskOutputs.HasClassLabels(spec.Dataset?.Task ?? DatasetTask.Classification);

    /// <param name="ExecutionProvider">The provider whose outputs these are ("cpu", "cuda:N"); null when ONNX Runtime did not make them.</param>
    public sealed record Resolved(ModelOutputs Outputs, ModelSource Source, bool Cached, string? ExecutionProvider);

    public Resolved Resolve(string modelId, BatchEvaluator.ProgressSpan span, CancellationToken cancellationToken)
    {
        var model = spec.Models.FirstOrDefault(m => m.Id == modelId) ?? throw new EvaluationException(
            $"Model \"{modelId}\" is not in the spec {spec.Path}.",
            $"Use one of its model ids ({string.Join(", ", spec.Models.Take(8).Select(m => m.Id))}{(spec.Models.Count > 8 ? ", …" : "")}), or reload the spec.", spec.Path);
        if (spec.Dataset?.Task == DatasetTask.Generation)
            throw new EvaluationException($"Model \"{modelId}\" generates text: its precomputed \"outputs\" strings are compared, not evaluated.",
                "Compare it with `compare` or in the Behaviors panel, which read its \"prediction\" column.", spec.Path);
        var located = Located();
        if (model.Outputs is { } outputs)
        {
            var outputsFile = WorkspacePolicy.Current.SpecFileToRead(spec.Path, outputs, FileKind.Outputs);
            return new(PrecomputedOutputs.Read(modelId, outputsFile, spec.Dataset!.Classes, Labels().Length, spec.Dataset.Task), ModelSource.Precomputed, Cached: false, null);
        }
        if (model.Artifact is null)
            throw new EvaluationException($"Model \"{modelId}\" has neither an \"artifact\" nor precomputed \"outputs\", so it cannot be evaluated.",
                "Add \"artifact\": \"models/<file>.onnx\" or \"outputs\": \"<file>.csv\" to the model in the spec.", spec.Path);
        if (Directory.Exists(Path.Combine(Path.GetDirectoryName(spec.Path)!, model.Artifact)))
            throw new EvaluationException($"The artifact of model \"{modelId}\" is the folder {model.Artifact}: the Layers panel and probe read its weights, but evaluation runs one .onnx model or TorchSharp .dat checkpoint.",
                "Export the model to ONNX (e.g. optimum-cli export onnx) and name the .onnx file as its artifact, or give it precomputed \"outputs\" (.arrow or .csv) in the spec.", spec.Path);
        var artifact = WorkspacePolicy.Current.SpecFileToRead(spec.Path, model.Artifact, FileKind.Model);
        if (!File.Exists(artifact))
            throw new EvaluationException($"The artifact {artifact} of model \"{modelId}\" does not exist.",
                "Fix the model's \"artifact\" path (relative to the spec file), or restore the file.", artifact);
        var artifactHash = EvaluationStages.Time(stages, EvaluationStages.ArtifactHash, () => ContentHash.Of(artifact, cancellationToken));
        var output = OutputOf(spec, modelId);
        var provider = IsOnnx(artifact) ? _provider : ExecutionProvider.Cpu;
        artifactHash = CacheKeyOf(artifactHash, output, provider);
        // The file name and its metadata carry both hashes, so a hit matches this dataset row for row.
        if (EvaluationStages.Time(stages, EvaluationStages.CacheLookup, () => _cache.TryRead(modelId, artifactHash, located.Hash)) is { } hit)
            return new(hit.Outputs, hit.Source, Cached: true, hit.Source == ModelSource.Onnx ? provider.Name : null);

        var dataset = Dataset(cancellationToken);
        using var runner = EvaluationStages.Time(stages, EvaluationStages.SessionLoad, () => Load(artifact, modelId, dataset, output));
        var (raw, classes) = EvaluationStages.Time(stages, EvaluationStages.Batches, () => BatchEvaluator.Run(runner, dataset, span, cancellationToken));
        var result = EvaluationStages.Time(stages, EvaluationStages.Outputs, () => TaskOutputs.FromRaw(modelId, raw, dataset.Count, classes, spec.Dataset!.Task, artifact));
        cancellationToken.ThrowIfCancellationRequested();
        // Written on another thread while the next model runs;
        // WaitForCacheWrites ends the request only once every file is in place. A cancelled model never gets here.
        var source = runner.Source;
        var write = Task.Run(() => _cache.Write(result, source, artifactHash, located.Hash), CancellationToken.None);
        lock (_gate) _writes.Add(write);
        return new(result, source, Cached: false, source == ModelSource.Onnx ? provider.Name : null);
    }

    static bool IsOnnx(string artifact) => artifact.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

    (string Inputs, string Labels, string Hash) Located()
    {
        lock (_gate) return _located ??= EvaluationDataset.Locate(spec);
    }

    /// <summary>The dataset, loaded by the first model that needs it; the others wait for that load rather than read it again.</summary>
    EvaluationDataset Dataset(CancellationToken cancellationToken)
    {
        lock (_gate) return _dataset ??= EvaluationStages.Time(stages, EvaluationStages.Dataset, () => EvaluationDataset.Load(spec, cancellationToken));
    }

    /// <summary>The output the spec names for <paramref name="modelId"/>: its own "output", else the dataset's; null for the model's default.</summary>
    public static string? OutputOf(ParsedSpec spec, string modelId) =>
        spec.Models.FirstOrDefault(m => m.Id == modelId)?.Output ?? spec.Dataset?.Output;

    /// <summary>
    /// The artifact's part of the cache key: another output of the same file is other outputs, so a chosen name joins
    /// the hash (none keeps the key the artifact always had). So does a CUDA provider: its kernels (cuDNN's convolution
    /// algorithms, TF32 matrix products, other summation orders) give outputs that differ from the CPU's in low bits and can
    /// flip a near-tie prediction, and a comparison must never mix a CPU run with a GPU one unawares. The CPU keeps the key it
    /// always had. The device index does not join: it names a slot, not a kind of GPU, and CUDA_VISIBLE_DEVICES renumbers it.
    /// </summary>
    public static string CacheKeyOf(string artifactHash, string? output, ExecutionProvider provider)
    {
        var key = output is null ? artifactHash : ContentHash.Combine(artifactHash, ContentHash.OfText("output:" + output));
        return provider.IsCuda ? ContentHash.Combine(key, ContentHash.OfText("provider:" + ExecutionProvider.CudaName)) : key;
    }

    /// <summary>Waits for the cache writes Resolve started; throws the first failure. Call before the request ends, also when it fails.</summary>
    public void WaitForCacheWrites()
    {
        Task[] writes;
        lock (_gate) writes = [.. _writes];
        if (writes.Length == 0) return;
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            Task.WaitAll(writes);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        finally
        {
            lock (_gate) _writes.Clear();
            stages?.Add(EvaluationStages.CacheWrite, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        }
    }

    /// <summary>What the dataset's reading worked around (image files skipped), or null; an unreadable dataset is each model's error instead.</summary>
    public string? Warning()
    {
        if (spec.Dataset?.Images is null) return null;
        try
        {
            return Images.ImageFolder.Open(spec).Warning;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }

    /// <summary>The dataset's labels, read without the inputs when every model is cached.</summary>
    public int[] Labels()
    {
        var located = Located();
        lock (_gate)
        {
            if (_labels is not null) return _labels;
            if (_dataset is not null) return _labels = _dataset.Labels;
            if (spec.Dataset?.Images is not null) return _labels = Images.ImageFolder.Open(spec).Labels;
            return _labels = EvaluationDataset.ReadLabels(spec, located.Labels, count: null);
        }
    }

    static IBatchModel Load(string artifact, string modelId, EvaluationDataset dataset, string? output) => Path.GetExtension(artifact).ToLowerInvariant() switch
    {
        ".onnx" => OnnxBatchModel.Load(artifact, dataset, output, modelId),
        ".dat" when output is not null => throw new EvaluationException(
            $"Model \"{modelId}\" names the output \"{output}\", but its TorchSharp checkpoint {artifact} has one output.",
            "Name the model's .onnx export as its artifact, or remove \"output\" from the model (and from the dataset, if it names one there).", artifact),
        ".dat" => TorchBatchModel.Load(artifact),
        var other => throw new EvaluationException($"The artifact {artifact} of model \"{modelId}\" is a {other} file; the backend runs .onnx models and TorchSharp .dat checkpoints.",
            "Export the model to ONNX, or give it precomputed \"outputs\" (.arrow or .csv) in the spec.", artifact),
    };
}
