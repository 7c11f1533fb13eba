// "Restore Module": a copy of a model with one module's weights put back to another model's float values (its base's),
// whatever encoding the model stores them in (WeightSwap), so "Restore this module" in the Layers panel creates the
// restored model as a measured child through the ordinary compress path. The module is named as the Layers panel names
// it, over the weights of `from` matched to this model's (DiagnoseModules); `from` is a model id of the same spec.
using System.Text.Json;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using K = CompressCompare.Backend.Compression.CompressionParameterKeys;

namespace CompressCompare.Backend.Diagnose;

internal sealed record RestoreModuleOperation(string Module, string From) : IOnnxCompressionOperation
{
    /// <summary>Module names listed in the error for a module that is not there, at most.</summary>
    const int NamesShown = 12;

    public string Name => CompressionOperationNames.RestoreModule;

    public static RestoreModuleOperation FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.RestoreModule, parameters, K.Module, K.From);
        return new RestoreModuleOperation(p.Text(K.Module, "a module name as the Layers panel shows it, e.g. \"layer1.0.conv1\""),
            p.Text(K.From, "the id of the spec's model whose weights to restore (the base)"));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name, (K.Module, Module), (K.From, From));

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken)
    {
        var specText = File.ReadAllText(WorkspacePolicy.Current.SpecToRead(input.SpecPath));
        var spec = SpecParser.Parse(input.SpecPath, specText, cancellationToken);
        if (spec.Models.All(m => m.Id != From))
            throw new CompressionParameterException(Name, K.From, $"the spec has no model \"{From}\"; give one of {string.Join(", ", spec.Models.Select(m => $"\"{m.Id}\""))}.");
        using var from = TensorSources.Open(SpecArtifacts.Onnx(spec, From, "model to restore from"), From);
        using var model = TensorSources.Open(input.Source, null);
        var group = DiagnoseModules.Named(from, model, Module, cancellationToken);
        if (group.Weights.Count == 0)
        {
            var names = DiagnoseModules.Names(from, model);
            throw new CompressionParameterException(Name, K.Module,
                $"\"{Module}\" holds no weights that differ between \"{From}\" and this model; modules with weights: {string.Join(", ", names.Take(NamesShown).Select(n => $"\"{n}\""))}{(names.Count > NamesShown ? ", …" : "")}.");
        }
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        var swap = new WeightSwap(edit);
        var buffer = new float[group.Weights.Max(w => w.Base.Count)];
        for (var i = 0; i < group.Weights.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var weight = group.Weights[i];
            swap.ReplaceFrom(weight.Model, from, weight.Base, buffer);
            input.Progress?.Report($"Restored {weight.Base.Label ?? weight.Base.Name}", 90 * (i + 1) / group.Weights.Count);
        }
        swap.Finish();
        edit.Save(input.Target, input.SpecPath, cancellationToken);
        return new([.. group.Weights.Select(w => new OnnxChangedWeight(w.Model.Name, w.Model.Count, $"restored from {From}"))]);
    }
}
