// A model input the dataset cannot feed is refused before any batch runs, with the input's name, ONNX type and
// shape and what the dataset gives; nothing is cached from the refused model, and the spec's own mistakes in
// the new fields are located diagnostics.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Signatures;

public sealed class SignatureRefusalTests
{
    static async Task<string> Refusal(SignatureWorkspace workspace)
    {
        var service = new EvaluationService(new SpecService(NullLogger<SpecService>.Instance));
        var result = await service.EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, CancellationToken.None);
        var error = Assert.Single(result.Models).Error;
        Assert.NotNull(error);
        Assert.Empty(workspace.CacheFiles());
        return error;
    }

    static SignatureWorkspace IdsAndMask(string inputs, Action<SignatureWorkspace>? arrays = null)
    {
        var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        SignatureModels.WriteNpy<long>(workspace.File("ids.npy"), "<i8", [1, 2, 3, 4, 5, 6], 2, 3);
        SignatureModels.WriteNpy<bool>(workspace.File("mask.npy"), "|b1", [true, true, true, true, true, true], 2, 3);
        arrays?.Invoke(workspace);
        workspace.WriteSpec([0, 1], """[{"id": "m", "artifact": "m.onnx"}]""", $" \"inputs\": {inputs} ");
        return workspace;
    }

    [Fact]
    public async Task A_dtype_that_would_lose_values_is_refused_naming_the_input_its_type_and_shape_and_the_array()
    {
        using var workspace = IdsAndMask("""{"input_ids": "f.npy", "attention_mask": "mask.npy"}""",
            w => SignatureModels.WriteNpy<float>(w.File("f.npy"), "<f4", [1, 2, 3, 4, 5, 6], 2, 3));
        var error = await Refusal(workspace);
        Assert.Contains("input \"input_ids\" is int64[batch, 3]", error);
        Assert.Contains("float32[2, 3]", error);
        Assert.Contains("f.npy", error);
        Assert.Contains("without losing values", error);
        Assert.Contains("int64, int32", error); // what to save instead
    }

    [Fact]
    public async Task A_mask_of_int64_for_a_bool_input_is_refused()
    {
        using var workspace = IdsAndMask("""{"input_ids": "ids.npy", "attention_mask": "ids.npy"}""");
        var error = await Refusal(workspace);
        Assert.Contains("input \"attention_mask\" is bool[batch, 3]", error);
        Assert.Contains("int64[2, 3]", error);
    }

    [Fact]
    public async Task A_shape_that_does_not_fit_is_refused()
    {
        using var workspace = IdsAndMask("""{"input_ids": "wide.npy", "attention_mask": "mask.npy"}""",
            w => SignatureModels.WriteNpy<long>(w.File("wide.npy"), "<i8", [1, 2, 3, 4, 5, 6, 7, 8], 2, 4));
        var error = await Refusal(workspace);
        Assert.Contains("input \"input_ids\" is int64[batch, 3]", error);
        Assert.Contains("int64[2, 4]", error);
        Assert.Contains("do not have that shape", error);
    }

    [Fact]
    public async Task One_array_for_a_two_input_model_is_refused_with_the_object_form_to_write()
    {
        using var workspace = IdsAndMask("\"ids.npy\"");
        var error = await Refusal(workspace);
        Assert.Contains("takes 2 inputs (\"input_ids\" int64[batch, 3], \"attention_mask\" bool[batch, 3])", error);
        Assert.Contains("\"input_ids\": \"data/input_ids.npy\"", error);
    }

    [Fact]
    public async Task A_missing_and_an_unknown_input_name_are_refused()
    {
        using (var missing = IdsAndMask("""{"input_ids": "ids.npy"}"""))
            Assert.Contains("input \"attention_mask\" (bool[batch, 3]) has no array", await Refusal(missing));
        using var unknown = IdsAndMask("""{"input_ids": "ids.npy", "attention_mask": "mask.npy", "token_type_ids": "ids.npy"}""");
        Assert.Contains("name \"token_type_ids\", which model \"m\" does not take", await Refusal(unknown));
    }

    [Fact]
    public async Task An_unsupported_input_type_and_an_unknown_output_are_refused()
    {
        using (var workspace = new SignatureWorkspace())
        {
            workspace.Model("d.onnx", SignatureModels.DoubleInput());
            SignatureModels.WriteNpy<double>(workspace.File("x.npy"), "<f8", [1, 2, 3, 4], 2, 2);
            workspace.WriteSpec([0, 1], """[{"id": "d", "artifact": "d.onnx"}]""", """ "inputs": "x.npy" """);
            var error = await Refusal(workspace);
            Assert.Contains("input \"x\" is float64[batch, 2], a type the backend does not feed", error);
            Assert.Contains("float32, float16, bfloat16, int64, int32, bool", error);
        }
        using (var workspace = new SignatureWorkspace())
        {
            workspace.Model("t.onnx", SignatureModels.TwoOutputs());
            SignatureModels.WriteNpy<float>(workspace.File("x.npy"), "<f4", [1, 2, 3, 4], 2, 2);
            workspace.WriteSpec([0, 1], """[{"id": "t", "artifact": "t.onnx", "output": "third"}]""", """ "inputs": "x.npy" """);
            var error = await Refusal(workspace);
            Assert.Contains("no output \"third\" (its outputs: \"first\" float32[batch, 2], \"second\" float32[batch, 2])", error);
        }
    }

    [Fact]
    public async Task Inputs_of_different_instance_counts_are_refused()
    {
        using var workspace = IdsAndMask("""{"input_ids": "ids.npy", "attention_mask": "short.npy"}""",
            w => SignatureModels.WriteNpy<bool>(w.File("short.npy"), "|b1", [true, true, true], 1, 3));
        Assert.Contains("input \"input_ids\" " + workspace.File("ids.npy") + " holds int64[2, 3], but \"attention_mask\" holds 1 instances", await Refusal(workspace));
    }

    [Fact]
    public void The_spec_reads_named_inputs_and_outputs_and_reports_wrong_types_where_they_are()
    {
        using var workspace = new SignatureWorkspace();
        workspace.WriteSpec([0], """[{"id": "m", "output": 3}]""", """ "inputs": {"input_ids": "ids.npy", "attention_mask": 7}, "output": "logits" """);
        var spec = workspace.Summary();
        Assert.Equal(new Dictionary<string, string> { ["input_ids"] = "ids.npy" }, spec.Dataset!.InputFiles);
        Assert.Null(spec.Dataset.Inputs);
        Assert.Equal("logits", spec.Dataset.Output);
        Assert.Null(spec.Models[0].Output);
        var wrong = spec.Diagnostics.Where(d => d.Code == DiagnosticCodes.WrongType).ToList();
        Assert.Contains(wrong, d => d.Message.Contains("\"attention_mask\" of the dataset's inputs must be the path of a .npy file") && d.Line == 1);
        Assert.Contains(wrong, d => d.ModelId == "m" && d.Message.StartsWith("\"output\" of", StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_of_another_type_are_reported_with_both_forms_it_may_take()
    {
        using var workspace = new SignatureWorkspace();
        workspace.WriteSpec([0], """[{"id": "m"}]""", """ "inputs": 5 """);
        var spec = workspace.Summary();
        Assert.Null(spec.Dataset!.Inputs);
        Assert.Null(spec.Dataset.InputFiles);
        var wrong = Assert.Single(spec.Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
        Assert.Contains("\"inputs\" of the dataset must be a .npy path or an object {\"<model input name>\": \"<.npy path>\"}", wrong.Message);
    }
}
