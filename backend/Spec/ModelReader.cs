// Reads the "models" array: one ModelSummary per usable entry, reporting what is wrong with each without
// letting one bad model hide the others.
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal sealed class ModelReader
{
    // About a millisecond of parsing between checks keeps cancellation prompt without measurable cost.
    private const int ModelsPerCancellationCheck = 1000;

    private readonly JsonPositionTree _tree;
    private readonly SpecDeclarations _declarations;
    private readonly SpecDiagnosticSink _sink;
    // Model id → index in Drafts. ProvenanceChecker resolves bases against it too: at 100,000 models each dictionary
    // of the ids cost tens of milliseconds, and the parse used to build it twice (and the layout once more).
    private readonly Dictionary<string, int> _indexById;
    private readonly MetricUseChecker _metricUses;
    private readonly HashSet<string> _reportedOperations = new(StringComparer.Ordinal);
    private readonly DeclaredNames? _operationNames;
    private readonly SharedKeyDictionaryBuilder<double?> _metricValues = new();
    private readonly SharedKeyDictionaryBuilder<JsonElement> _parameterValues = new();

    private readonly string _specFolder;

    /// <summary>The usable models added so far, in file order.</summary>
    internal List<ModelDraft> Drafts { get; }
    // The ids of Drafts, by index: a base resolves to its model's id string through this dense list rather than through
    // the base's ModelSummary, which lies anywhere in the parse's heap (a cache miss per model at 100,000 models).
    private readonly List<string> _ids;

    /// <summary>Each id of Drafts and its index there.</summary>
    internal IReadOnlyDictionary<string, int> IndexById => _indexById;

    internal ModelReader(JsonPositionTree tree, SpecDeclarations declarations, SpecDiagnosticSink sink, string specFolder, int expectedModels = 0)
    {
        Drafts = [];
        _ids = [];
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        EnsureCapacity(expectedModels);
        _specFolder = specFolder;
        _tree = tree;
        _declarations = declarations;
        _sink = sink;
        _metricUses = new MetricUseChecker(declarations, sink);
        _operationNames = declarations.OperationNames is { } names ? new(names) : null;
    }

    /// <summary>A model costs about 2 KB once read and laid out: this keeps a hostile spec under 1.5 GB; studies stay well below.</summary>
    public const int MaxModels = 250_000;

    public static ModelReader Read(
        JsonObjectNode top, JsonPositionTree tree, SpecDeclarations declarations, SpecDiagnosticSink sink,
        string specFolder, CancellationToken cancellationToken)
    {
        var node = top.Find(SpecFields.Top.Models);
        if (node is null)
        {
            sink.Error(DiagnosticCodes.MissingField, top.Head,
                $"The spec has no \"{SpecFields.Top.Models}\" array, so there are no models to show. " +
                $"Add \"{SpecFields.Top.Models}\": [{{\"{SpecFields.Model.Id}\": \"base\"}}, ...] listing your models.");
            return new ModelReader(tree, declarations, sink, specFolder);
        }
        // SpecParser defers the top-level "models" array, so any array here is one: its models are built one by one.
        if (node is not JsonDeferredArrayNode array)
        {
            sink.Error(DiagnosticCodes.WrongType, node.Head,
                $"\"{SpecFields.Top.Models}\" must be an array of models like [{{\"{SpecFields.Model.Id}\": \"base\"}}], but is {node.Description}. " +
                "Wrap the models in [ ]; no model can be read until then.");
            return new ModelReader(tree, declarations, sink, specFolder);
        }

        var reader = new ModelReader(tree, declarations, sink, specFolder, array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (i % ModelsPerCancellationCheck == 0) cancellationToken.ThrowIfCancellationRequested();
            if (reader.TryAdd(array.Read(i), i)) continue;
            sink.Error(DiagnosticCodes.TooManyModels, array.HeadOf(i),
                $"The spec lists {array.Count:N0} models; the first {MaxModels:N0} are read and the rest, from here on, are left out. " +
                "Split the study into several spec files.");
            break;
        }
        return reader;
    }

    /// <summary>Makes room for about <paramref name="models"/> models, when their number was not known at the start.</summary>
    internal void EnsureCapacity(int models)
    {
        models = Math.Min(models, MaxModels);
        Drafts.EnsureCapacity(models);
        _ids.EnsureCapacity(models);
        _indexById.EnsureCapacity(models);
    }

    /// <summary>
    /// Reads entry <paramref name="index"/> of "models" into Drafts when it is a usable model (the sink says why not);
    /// false, reading nothing, past MaxModels, where the caller reports the cap.
    /// </summary>
    internal bool TryAdd(JsonNode item, int index)
    {
        if (index >= MaxModels) return false;
        if (ReadModel(item, index) is not { } draft) return true;
        Drafts.Add(draft);
        _ids.Add(draft.Model.Id);
        return true;
    }

    private ModelDraft? ReadModel(JsonNode item, int index)
    {
        if (item is not JsonObjectNode model)
        {
            _sink.Error(DiagnosticCodes.WrongType, item.Head,
                $"Entry {index + 1} of \"{SpecFields.Top.Models}\" must be an object like {{\"{SpecFields.Model.Id}\": \"...\", \"{SpecFields.Model.Base}\": \"...\"}}, " +
                $"but is {item.Description}. Replace it with a model object or remove it; it is skipped until then.");
            return null;
        }
        if (ReadId(model, index) is not { } id) return null;

        var (line, column) = _sink.Lines.PositionOf(model.Start);
        var owner = SpecOwner.Model(id);
        var baseNode = model.Find(SpecFields.Model.Base);
        string? baseId = null;
        var parent = -1;
        if (baseNode is JsonScalarNode { Text: { } text })
        {
            // A base listed earlier (the usual order) is resolved now, and its id's string is kept rather than a copy.
            if (_indexById.TryGetValue(text, out parent)) text = Drafts.Count == parent ? id : _ids[parent];
            else parent = -1;
            baseId = text;
        }
        else if (baseNode is { IsNull: false })
            _sink.Error(DiagnosticCodes.WrongType, baseNode.Head,
                $"\"{SpecFields.Model.Base}\" of {owner} must be the id of its parent model in quotes, or null for a root, but is {baseNode.Description}. " +
                $"Fix it; {owner} is shown as a root until then.", id);

        var summary = new ModelSummary
        {
            Id = id,
            Base = baseId,
            Operation = ReadOperation(model, id, owner),
            Tag = FieldReader.OptionalString(model, SpecFields.Model.Tag, owner, _sink, id),
            Metrics = ReadMetrics(model, id, owner),
            Artifact = SpecRelativePath.Read(model, SpecFields.Model.Artifact, owner, _specFolder, _sink, id, fileOrFolder: true),
            Outputs = SpecRelativePath.Read(model, SpecFields.Model.Outputs, owner, _specFolder, _sink, id),
            Output = FieldReader.OptionalString(model, SpecFields.Model.Output, owner, _sink, id),
            Line = line,
            Column = column,
        };
        return new ModelDraft(summary, baseId is null ? default : baseNode!.Head, parent);
    }

    private string? ReadId(JsonObjectNode model, int index)
    {
        var idNode = model.Find(SpecFields.Model.Id);
        if (idNode is null)
        {
            _sink.Error(DiagnosticCodes.MissingField, model.Head,
                $"Entry {index + 1} of \"{SpecFields.Top.Models}\" has no \"{SpecFields.Model.Id}\", so it cannot be shown or used as a base. " +
                $"Add \"{SpecFields.Model.Id}\": \"<unique name>\"; the model is skipped until then.");
            return null;
        }
        if (idNode is not JsonScalarNode { Text: { } id })
        {
            _sink.Error(DiagnosticCodes.WrongType, idNode.Head,
                $"\"{SpecFields.Model.Id}\" of entry {index + 1} of \"{SpecFields.Top.Models}\" must be a string, but is {idNode.Description}. " +
                "Write the id in quotes; the model is skipped until then.");
            return null;
        }
        // One hash of the id whether it is new or not; a new one's draft is the next one (ReadModel always makes it).
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_indexById, id, out var taken);
        if (taken)
        {
            var first = slot;
            _sink.Error(DiagnosticCodes.DuplicateId, idNode.Head,
                $"Model id \"{id}\" is already used by the model on line {Drafts[first].Model.Line}; this second model is left out. " +
                $"Give it a unique id (and update any \"{SpecFields.Model.Base}\" meant for it).", id);
            return null;
        }
        slot = Drafts.Count;
        return id;
    }

    private OperationApplication? ReadOperation(JsonObjectNode model, string id, SpecOwner owner)
    {
        var node = model.Find(SpecFields.Model.Operation);
        if (node is null || node.IsNull) return null;
        if (node is not JsonObjectNode operation)
        {
            _sink.Error(DiagnosticCodes.WrongType, node.Head,
                $"\"{SpecFields.Model.Operation}\" of {owner} must be an object like {{\"{SpecFields.ModelOperation.Name}\": \"Prune\", \"{SpecFields.ModelOperation.Parameters}\": {{\"sparsity\": 0.5}}}} " +
                $"or null, but is {node.Description}. Fix it; the model is shown without an operation until then.", id);
            return null;
        }

        var nameNode = operation.Find(SpecFields.ModelOperation.Name);
        if (nameNode is not JsonScalarNode { Text: { } name })
        {
            if (nameNode is null)
                _sink.Error(DiagnosticCodes.MissingField, operation.Head,
                    $"The operation of {owner} has no \"{SpecFields.ModelOperation.Name}\". Add \"{SpecFields.ModelOperation.Name}\": \"<operation>\" " +
                    "(one declared in \"operations\", e.g. \"Prune\"); the model is shown without an operation until then.", id);
            else
                _sink.Error(DiagnosticCodes.WrongType, nameNode.Head,
                    $"\"{SpecFields.ModelOperation.Name}\" of the operation of {owner} must be a string, but is {nameNode.Description}. " +
                    "Write the operation name in quotes; the model is shown without an operation until then.", id);
            return null;
        }

        if (_operationNames is { } declared && !declared.Contains(name) && _reportedOperations.Add(name))
            _sink.Warning(DiagnosticCodes.UndeclaredOperation, nameNode.Head,
                $"Operation \"{name}\" (used by {owner}) is not declared in \"{SpecFields.Top.Operations}\", so its parameters have no declared types or ranges. " +
                $"Add {{\"{SpecFields.Operation.Name}\": \"{name}\", \"{SpecFields.Operation.Parameters}\": [...]}} to \"{SpecFields.Top.Operations}\" if you want them described.", id);

        return new OperationApplication { Name = name, Parameters = ReadParameterValues(operation, id, owner) };
    }

    private IReadOnlyDictionary<string, JsonElement> ReadParameterValues(JsonObjectNode operation, string id, SpecOwner owner)
    {
        var node = operation.Find(SpecFields.ModelOperation.Parameters);
        if (node is JsonObjectNode parameters)
        {
            foreach (var parameter in parameters.Properties)
                _parameterValues.Set(parameter.Name, _tree.ElementOf(parameter.Value));
        }
        else if (node is { IsNull: false })
        {
            _sink.Error(DiagnosticCodes.WrongType, node.Head,
                $"\"{SpecFields.ModelOperation.Parameters}\" of the operation of {owner} must be an object of parameter values like {{\"sparsity\": 0.5}}, " +
                $"but is {node.Description}. Fix it; the operation is shown without parameter values until then.", id);
        }
        return _parameterValues.Build();
    }

    private IReadOnlyDictionary<string, double?> ReadMetrics(JsonObjectNode model, string id, SpecOwner owner)
    {
        var node = model.Find(SpecFields.Model.Metrics);
        if (node is JsonObjectNode metrics)
        {
            foreach (var metric in metrics.Properties)
            {
                _metricUses.Check(metric, id, owner);
                if (MetricValue(metric, id, owner, out var value)) _metricValues.Set(metric.Name, value);
            }
            return _metricValues.Build();
        }
        if (node is { IsNull: false })
            _sink.Error(DiagnosticCodes.WrongType, node.Head,
                $"\"{SpecFields.Model.Metrics}\" of {owner} must be an object mapping metric names to numbers, like {{\"accuracy\": 0.93}}, " +
                $"but is {node.Description}. Fix it; the model is shown without metric values until then.", id);
        return _metricValues.Build();
    }

    // null is a legitimate "not recorded" (upstream specs write it for metrics measured on some models only).
    private bool MetricValue(JsonPropertyNode metric, string id, SpecOwner owner, out double? value)
    {
        value = null;
        switch (metric.Value)
        {
            case { IsNull: true }:
                return true;
            case JsonScalarNode { Number: { } number }:
                value = number;
                return true;
        }
        var found = metric.Value switch
        {
            JsonScalarNode { Text: { } text } => $"the string \"{(text.Length > 40 ? text[..40] + "…" : text)}\"",
            JsonScalarNode { Kind: JsonValueKind.Number } => "a number too large to store",
            _ => metric.Value.Description,
        };
        _sink.Error(DiagnosticCodes.MetricNotNumber, metric.Value.Head,
            $"Metric \"{metric.Name}\" of {owner} is {found}, not a number. " +
            "Write it as a number such as 0.93, or null if it was not recorded; the value is left out until then.", id);
        return false;
    }
}
