// A Hugging Face model folder (config.json + weights) as a model: `probe <folder>` and a spec artifact naming the
// folder read its weights (safetensors first), a folder without weights says which files it lacks, the spec accepts
// the folder without a diagnostic, and evaluation, which needs an ONNX file, says so instead of failing on a folder.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Layers.Checkpoints;

public sealed class HuggingFaceFolderTests : IDisposable
{
    readonly ProbeFiles _files = new();
    public void Dispose() => _files.Dispose();

    /// <summary>A folder with config.json, a model.safetensors of <paramref name="weight"/>, and a pytorch_model.bin of other values.</summary>
    string ModelFolder(string name, float weight, bool withSafetensors = true)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Folder, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "config.json"), """{"model_type": "bert", "architectures": ["BertModel"]}""");
        if (withSafetensors) _files.Write(Path.Combine(name, "model.safetensors"), ("encoder.weight", [2], [weight, 1f]));
        TorchZipWriter.Write(Path.Combine(folder, "pytorch_model.bin"), [("encoder.weight", [2])], (_, v) => { v[0] = -100; v[1] = 1; });
        return folder;
    }

    [Fact]
    public async Task A_folder_is_probed_through_its_safetensors_first_and_shown_by_its_name()
    {
        var result = await ProbeFiles.Probe(8, ModelFolder("bert-base", 2), ModelFolder("bert-pruned", 0));
        Assert.Equal(["bert-base", "bert-pruned"], result.Models);
        var weight = Assert.Single(result.Tensors);
        Assert.Equal(1.5, weight.Models[0]!.Mean);
        Assert.Equal(0.5, weight.Models[1]!.Mean);
    }

    [Fact]
    public async Task A_folder_with_only_pytorch_weights_is_read_from_them()
    {
        var result = await ProbeFiles.Probe(8, ModelFolder("a", 2), ModelFolder("b", 2, withSafetensors: false));
        Assert.Equal(-49.5, Assert.Single(result.Tensors).Models[1]!.Mean);
    }

    [Fact]
    public async Task A_folder_without_weights_names_the_files_it_lacks()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_files.Folder, "empty")).FullName;
        var error = await Assert.ThrowsAsync<BackendException>(() => ProbeFiles.Probe(8, ModelFolder("a", 2), empty));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.Code);
        Assert.Contains(empty, error.Message);
        Assert.Contains("model.safetensors, model.safetensors.index.json, pytorch_model.bin, pytorch_model.bin.index.json", error.Message);
        Assert.Contains("no config.json", error.Message);
        Assert.Contains("save_pretrained", error.ErrorData.Hint);
    }

    [Fact]
    public async Task A_spec_artifact_naming_a_folder_is_accepted_probed_and_refused_by_evaluation_with_a_reason()
    {
        ModelFolder("base", 2);
        ModelFolder("pruned", 0);
        NpyArray.OfFloats([1, 2], 1, 2).Write(Path.Combine(_files.Folder, "inputs.npy"));
        NpyArray.OfInt64([0], 1).Write(Path.Combine(_files.Folder, "labels.npy"));
        var specPath = Path.Combine(_files.Folder, "models.json");
        File.WriteAllText(specPath, """
            {"dataset": {"inputs": "inputs.npy", "labels": "labels.npy", "classes": ["a", "b"]},
             "models": [{"id": "base", "artifact": "base"}, {"id": "pruned", "artifact": "pruned/"}]}
            """);
        var specs = new SpecService(NullLogger<SpecService>.Instance);
        var spec = await specs.ResolveAsync(specPath, null, null, CancellationToken.None);
        Assert.DoesNotContain(spec.Diagnostics, d => d.Message.Contains("artifact"));

        var probe = await new LayerService(specs).ProbeAsync(new ProbeParams { Path = specPath, BaseId = "base", ModelIds = ["pruned"] }, NoProgress.Instance, CancellationToken.None);
        Assert.Equal(0.5, Assert.Single(probe.Tensors).Models[1]!.Mean);

        var error = await Assert.ThrowsAsync<BackendException>(() =>
            new EvaluationService(specs).GetOutputsAsync(spec, "pruned", NoProgress.Instance, CancellationToken.None));
        Assert.Contains("is the folder pruned/", error.Message);
        Assert.Contains("ONNX", error.ErrorData.Hint);
    }
}
