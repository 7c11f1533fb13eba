// The behaviour comparison: `behaviors/compare`, `behaviors/instances` and `dataset/instance` (and the
// `compare` CLI command). Reads the spec and its dataset, asks the output source for each model's outputs,
// and keeps the last comparison's per-instance arrays so the instance table pages without recomputing.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Behaviors;

public sealed class BehaviorService(SpecService specs, IModelOutputSource outputs)
{
    /// <summary>The multilabel threshold when the dataset names none: a class is predicted when its sigmoid is at least 0.5 (its logit at least 0).</summary>
    public const double DefaultThreshold = 0.5;

    readonly DatasetFiles _files = new();
    readonly Lock _lock = new();
    (string Key, InstanceBehaviors Data)? _last;
    (NpyArray Inputs, (float, float) Scaling)? _scaling;

    public async Task<BehaviorComparison> CompareAsync(string path, string? snapshot, string baseId, IReadOnlyList<string> modelIds, IWorkProgress progress, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Comparing behaviors");
        var (spec, data) = await ComputeAsync(path, snapshot, baseId, modelIds, progress, cancellationToken);
        return BehaviorComputation.Aggregate(data, _files.Attributes(spec, data.Count).Columns);
    }

    public async Task<InstancesPage> InstancesAsync(InstancesParams request, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Comparing behaviors");
        var (_, data) = await ComputeAsync(request.Path, request.Snapshot, request.BaseId, request.ModelIds ?? [], NoProgress.Instance, cancellationToken);
        // Cached outputs come back without awaiting anything; a page scrolled away must not cost the sort and filter.
        cancellationToken.ThrowIfCancellationRequested();
        return InstanceTable.Page(data, request.Sort, request.Filter, request.Offset, request.Limit);
    }

    public async Task<InstanceData> InstanceAsync(string path, string? snapshot, int instance, CancellationToken cancellationToken)
    {
        WorkspacePolicy.Current.RequireTrusted("Showing dataset instances");
        var spec = await specs.ResolveAsync(path, null, snapshot, cancellationToken);
        var dataset = DatasetFiles.Require(spec);
        // Without class labels (embeddings, regression) every instance shows label 0 and the inputs or texts count them.
        var labels = TaskOutputs.HasClassLabels(dataset.Task) ? _files.Labels(spec) : new int[UnlabelledCount(spec, dataset)];
        if (instance < 0 || instance >= labels.Length)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Instance {instance} is outside the dataset's {labels.Length} instances.",
                new RpcErrorData { File = spec.Path, Hint = $"Ask for an instance between 0 and {labels.Length - 1}." });
        var attributes = _files.Attributes(spec, labels.Length).Row(instance);
        if (dataset.Instance is { Type: InstanceKind.Text } view)
        {
            if (view.Texts is null)
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"The dataset of {spec.Path} shows text instances but names no texts file.",
                    new RpcErrorData { File = spec.Path, Hint = "Add \"texts\" to the dataset's instance: a UTF-8 file with one instance per line." });
            var texts = TextsOf(spec, dataset, view.Texts);
            if (texts.Length != labels.Length)
                throw new BackendException(RpcErrorCodes.InvalidRequest,
                    $"The texts file {view.Texts} has {texts.Length} lines but the dataset has {labels.Length} labels.",
                    new RpcErrorData { File = DatasetFiles.Resolve(spec, view.Texts), Hint = "Write exactly one line per instance, in dataset order." });
            return new InstanceData { Instance = instance, Label = labels[instance], Kind = InstanceKind.Text, Text = texts[instance], Attributes = attributes };
        }
        if (dataset.Images is not null) return InstanceImage.FromFile(DatasetFiles.ImageFolderOf(spec), instance, labels[instance], attributes);
        var inputs = _files.Inputs(spec);
        var file = DatasetFiles.Resolve(spec, dataset.Inputs!);
        if (inputs.Shape.Length == 0 || inputs.Shape[0] != labels.Length)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"The inputs {file} hold {(inputs.Shape.Length == 0 ? 0 : inputs.Shape[0])} instances but the labels {labels.Length}.",
                new RpcErrorData { File = file, Hint = "Save inputs and labels of the same instances, in the same order." });
        var shape = InstanceImage.Shape(dataset.Instance?.Shape, inputs, file);
        var pixels = InstanceImage.Pixels(inputs, instance, shape, ScalingOf(inputs));
        return new InstanceData
        {
            Instance = instance,
            Label = labels[instance],
            Kind = InstanceKind.Image,
            Shape = shape,
            Pixels = Convert.ToBase64String(pixels),
            Attributes = attributes,
        };
    }

    /// <summary>The instances' texts: the text dataset's own file may be a CSV column; any other texts file has one text per line.</summary>
    string[] TextsOf(ParsedSpec spec, DatasetSummary dataset, string texts) =>
        _files.Texts(spec, texts, texts == dataset.Text?.Texts ? dataset.Text.Column : null);

    int UnlabelledCount(ParsedSpec spec, DatasetSummary dataset) =>
        dataset.Instance is { Type: InstanceKind.Text, Texts: { } texts } ? TextsOf(spec, dataset, texts).Length
        : dataset.Task == DatasetTask.Generation ? throw new BackendException(RpcErrorCodes.InvalidRequest,
            $"The generation dataset of {spec.Path} names no texts to show an instance with.",
            new RpcErrorData { File = spec.Path, Hint = "Add \"instance\": {\"type\": \"text\", \"texts\": \"<file with each instance's source text, one per line>\"} to the dataset." })
        : _files.Inputs(spec) is { Shape.Length: > 0 } inputs ? inputs.Shape[0] : 0;

    (float, float) ScalingOf(NpyArray inputs)
    {
        lock (_lock)
            if (_scaling is { } hit && ReferenceEquals(hit.Inputs, inputs)) return hit.Scaling;
        var scaling = InstanceImage.Scaling(inputs);
        lock (_lock) _scaling = (inputs, scaling);
        return scaling;
    }

    async Task<(ParsedSpec Spec, InstanceBehaviors Data)> ComputeAsync(string path, string? snapshot, string baseId, IReadOnlyList<string> modelIds,
        IWorkProgress progress, CancellationToken cancellationToken)
    {
        var spec = await specs.ResolveAsync(path, null, snapshot, cancellationToken);
        var dataset = DatasetFiles.Require(spec);
        var ids = ComparedIds(spec, baseId, modelIds);
        // An image folder's labels are its files: their listing's hash stands for them.
        var labelsPath = dataset.Images is not null ? DatasetFiles.ImageFolderOf(spec).Folder + "#" + DatasetFiles.ImageFolderOf(spec).Hash
            : dataset.Labels is null ? "" : DatasetFiles.Resolve(spec, dataset.Labels);
        // Any change to the spec, the labels or a compared model's artifact makes the kept arrays stale.
        var artifacts = ids.Select(id => spec.Models.First(m => m.Id == id).Artifact is { } a ? DatasetFiles.Resolve(spec, a, FileKind.Model) : "");
        var key = string.Join("\n", [.. new[] { spec.Path, labelsPath }.Concat(artifacts).Select(f => $"{f}@{DatasetFiles.WriteTime(f).Ticks}"), .. ids]);
        lock (_lock)
            if (_last is { } last && last.Key == key) return (spec, last.Data);

        if (dataset.Task == DatasetTask.Generation)
        {
            var generated = CompareTexts(spec, dataset, ids);
            lock (_lock) _last = (key, generated);
            return (spec, generated);
        }
        var vectors = TaskOutputs.ComparesVectors(dataset.Task);
        var multilabel = dataset.Task == DatasetTask.Multilabel;
        int[]? labels = vectors || multilabel ? null : _files.Labels(spec);
        var models = new List<ModelOutputs>(ids.Count);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var output = await outputs.GetOutputsAsync(spec, id, progress, cancellationToken);
            Check(spec, output, labels?.Length ?? models.FirstOrDefault()?.Instances ?? output.Instances, models.Count == 0 ? null : models[0]);
            models.Add(output);
        }
        if (vectors)
        {
            var targets = dataset.Labels is null ? null : _files.Targets(spec, models[0].Instances, models[0].Classes);
            var compared = BehaviorComputation.VectorInstances(dataset.Task, models, targets);
            lock (_lock) _last = (key, compared);
            return (spec, compared);
        }
        var classNames = dataset.Classes.Count > 0 ? dataset.Classes
            : [.. Enumerable.Range(0, models[0].Classes).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        if (models[0].Classes != classNames.Count)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"Model \"{models[0].ModelId}\" outputs {models[0].Classes} classes but the dataset names {classNames.Count}.",
                new RpcErrorData { File = spec.Path, ModelId = models[0].ModelId, Hint = "List one name per model output in the dataset's \"classes\", in output order." });
        var data = multilabel
            ? BehaviorComputation.MultilabelInstances(_files.MultilabelLabels(spec, models[0].Instances, classNames.Count), classNames, models,
                (float)(dataset.Threshold ?? DefaultThreshold))
            : BehaviorComputation.Instances(labels!, classNames, models) with { Task = dataset.Task };
        lock (_lock) _last = (key, data);
        return (spec, data);
    }

    /// <summary>
    /// Generated text: every model's precomputed strings (its "outputs" CSV, a "prediction" column) against the base's
    /// and the dataset's reference strings when it names them.
    /// </summary>
    InstanceBehaviors CompareTexts(ParsedSpec spec, DatasetSummary dataset, List<string> ids)
    {
        var references = dataset.Labels is null ? null
            : _files.GeneratedTexts(spec, dataset.Labels, GeneratedTexts.LabelColumn, "the dataset's reference strings", FileKind.Table);
        var texts = ids.Select(id => spec.Models.First(m => m.Id == id) is { Outputs: { } outputs }
            ? _files.GeneratedTexts(spec, outputs, GeneratedTexts.PredictionColumn, $"the generated text of model \"{id}\"", FileKind.Outputs)
            : throw new BackendException(RpcErrorCodes.ModelNotEvaluable, $"Model \"{id}\" has no precomputed \"outputs\", and generated text is only compared from them.",
                new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Add \"outputs\": \"<file>.csv\" with a \"prediction\" column of the model's generated strings, one row per instance." })).ToList();
        var count = references?.Length ?? texts[0].Length;
        for (var m = 0; m < texts.Count; m++)
            if (texts[m].Length != count)
                throw new BackendException(RpcErrorCodes.InvalidRequest,
                    $"Model \"{ids[m]}\" has {texts[m].Length} generated strings but {(references is null ? $"the base \"{ids[0]}\"" : "the dataset's references")} {count}.",
                    new RpcErrorData { File = spec.Path, ModelId = ids[m], Hint = "Write one generated string per instance, in dataset order, for every model." });
        var behaviors = ids.Select((id, m) => GenerationKernel.Compare(id, texts[0], texts[m], references)).ToList();
        return new InstanceBehaviors(new int[count], [], behaviors, BehaviorKernel.Flips(behaviors, count))
        {
            Task = DatasetTask.Generation,
            References = references,
        };
    }

    /// <summary>The base first, then the requested models in order, each once; unknown ids are refused.</summary>
    static List<string> ComparedIds(ParsedSpec spec, string baseId, IReadOnlyList<string> modelIds)
    {
        var known = spec.Models.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in modelIds.Prepend(baseId))
            if (!known.Contains(id))
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec {spec.Path} has no model \"{id}\".",
                    new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Pick models from the spec's tree (ids are case-sensitive), then compare again." });
        return [baseId, .. modelIds.Where(id => id != baseId).Distinct(StringComparer.Ordinal)];
    }

    static void Check(ParsedSpec spec, ModelOutputs output, int labels, ModelOutputs? baseOutputs)
    {
        if (output.Instances != labels)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"Model \"{output.ModelId}\" has outputs for {output.Instances} instances but the dataset has {labels} labels.",
                new RpcErrorData
                {
                    File = spec.Path,
                    ModelId = output.ModelId,
                    Hint = "Evaluate the model on the spec's current dataset again (or fix its precomputed outputs file) so every label has an output row."
                });
        if (baseOutputs is not null && output.Classes != baseOutputs.Classes)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"Model \"{output.ModelId}\" outputs {output.Classes} classes but the base \"{baseOutputs.ModelId}\" outputs {baseOutputs.Classes}.",
                new RpcErrorData { File = spec.Path, ModelId = output.ModelId, Hint = "Compare only models that classify the same classes." });
    }
}
