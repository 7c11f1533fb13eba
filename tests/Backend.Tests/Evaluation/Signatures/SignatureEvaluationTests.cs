// Evaluating ONNX models of other signatures than one float input: named int64/bool inputs fed from
// int32/bool arrays, float16 in and out, a fixed batch with a partial last batch, a chosen output. Expected
// outputs are computed by hand from the tiny models in SignatureModels.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Signatures;

public sealed class SignatureEvaluationTests
{
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    static Task<EvaluateResult> Evaluate(string spec) => Service().EvaluateAsync(spec, null, null, NoProgress.Instance, CancellationToken.None);

    static Task<ModelOutputs> Outputs(SignatureWorkspace workspace, string id) =>
        Service().GetOutputsAsync(workspace.Summary(), id, NoProgress.Instance, CancellationToken.None);

    /// <summary>Softmax of two logits, as the evaluation turns logits into probabilities.</summary>
    static float[] Softmax(float a, float b)
    {
        var (ea, eb) = (MathF.Exp(a - MathF.Max(a, b)), MathF.Exp(b - MathF.Max(a, b)));
        return [ea / (ea + eb), eb / (ea + eb)];
    }

    /// <summary>Evaluates <paramref name="model"/> as the spec's one model "m" on x.npy (written by <paramref name="writeInputs"/>); fails on its error.</summary>
    static async Task<(ModelEvaluation Entry, ModelOutputs Outputs)> EvaluateOnX(ModelProto model, Action<string> writeInputs, long[] labels)
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", model);
        writeInputs(workspace.File("x.npy"));
        workspace.WriteSpec(labels, """[{"id": "m", "artifact": "m.onnx"}]""", """ "inputs": "x.npy" """);
        var entry = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Null(entry.Error);
        return (entry, await Outputs(workspace, "m"));
    }

    static void AssertRows(float[] expectedLogits, ModelOutputs outputs)
    {
        var expected = Enumerable.Range(0, expectedLogits.Length / 2).SelectMany(i => Softmax(expectedLogits[2 * i], expectedLogits[2 * i + 1])).ToArray();
        Assert.Equal(expected.Length, outputs.Probabilities.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], outputs.Probabilities[i], 5);
    }

    [Fact]
    public async Task Named_int64_and_bool_inputs_are_fed_from_int32_and_bool_arrays()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        SignatureModels.WriteNpy<int>(workspace.File("ids.npy"), "<i4", [1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3);
        SignatureModels.WriteNpy<bool>(workspace.File("mask.npy"), "|b1", [true, true, false, true, false, true, false, false, false], 3, 3);
        workspace.WriteSpec([1, 0, 0], """[{"id": "m", "artifact": "m.onnx"}]""",
            """ "inputs": {"input_ids": "ids.npy", "attention_mask": "mask.npy"} """);

        var result = await Evaluate(workspace.Spec);

        Assert.Null(result.Models[0].Error);
        // h = ids * mask; logits = [h0 + h2, h1 - h2]: [1, 2] for [1, 2, 0]; [10, -6] for [4, 0, 6]; [0, 0] for zeros.
        var outputs = await Outputs(workspace, "m");
        AssertRows([1f, 2f, 10f, -6f, 0f, 0f], outputs);
        Assert.Equal([1, 0, 0], outputs.Predicted);
        Assert.Equal(1.0, result.Models[0].Accuracy!.Value, 6);
    }

    [Fact]
    public async Task A_float16_model_takes_uint8_inputs_and_its_float16_outputs_are_compared_as_float()
    {
        var (entry, outputs) = await EvaluateOnX(SignatureModels.HalfPrecision(),
            x => SignatureModels.WriteNpy<byte>(x, "|u1", [1, 2, 3, 1], 2, 2), [1, 0]);
        AssertRows([1.5f, 2f, 3.5f, 1f], outputs);
        Assert.Equal(1.0, entry.Accuracy!.Value, 6);
    }

    [Theory]
    [InlineData(OnnxDataType.BFloat16, "|i1")]
    [InlineData(OnnxDataType.Int32, "|i1")]
    [InlineData(OnnxDataType.Int32, "<u2")]
    public async Task Bfloat16_and_int32_inputs_take_small_integer_arrays_exactly(OnnxDataType type, string descr)
    {
        var (_, outputs) = await EvaluateOnX(SignatureModels.CastToFloat(type), x =>
        {
            if (descr == "|i1") SignatureModels.WriteNpy<sbyte>(x, descr, [-3, 5, 7, -1], 2, 2);
            else SignatureModels.WriteNpy<ushort>(x, descr, [3, 5, 7, 1], 2, 2);
        }, [1, 0]);
        AssertRows(descr == "|i1" ? [-3f, 5f, 7f, -1f] : [3f, 5f, 7f, 1f], outputs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_fixed_batch_model_runs_in_batches_of_its_size_and_the_last_partial_batch_is_trimmed(int batch)
    {
        var (entry, outputs) = await EvaluateOnX(SignatureModels.FixedBatch(batch),
            x => SignatureModels.WriteNpy<float>(x, "<f4", [3f, 1f, 0f, 2f, 5f, 5.5f], 3, 2), [0, 1, 1]);
        Assert.Equal(3, entry.Instances);
        AssertRows([2f, -2f, -2f, 2f, -0.5f, 0.5f], outputs);
    }

    [Fact]
    public async Task The_dataset_names_the_output_compared_and_a_model_overrides_it_each_cached_apart()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("t.onnx", SignatureModels.TwoOutputs());
        SignatureModels.WriteNpy<float>(workspace.File("x.npy"), "<f4", [1f, 0f, 0f, 2f], 2, 2);
        workspace.WriteSpec([1, 0], """[{"id": "second", "artifact": "t.onnx"}, {"id": "first", "artifact": "t.onnx", "output": "first"}]""",
            """ "inputs": "x.npy", "output": "second" """);

        var result = await Evaluate(workspace.Spec);

        Assert.All(result.Models, m => Assert.Null(m.Error));
        AssertRows([-1f, 0f, 0f, -2f], await Outputs(workspace, "second"));
        AssertRows([1f, 0f, 0f, 2f], await Outputs(workspace, "first"));
        Assert.Equal([1.0, 0.0], result.Models.Select(m => m.Accuracy!.Value));
        // The same file under two outputs is two cache entries, not one read back for both.
        Assert.Equal(2, workspace.CacheFiles().Count(f => f.EndsWith(".arrow")));
    }

    [Fact]
    public async Task A_single_float_model_without_a_chosen_output_keeps_its_plain_path_results()
    {
        var (_, outputs) = await EvaluateOnX(SignatureModels.TwoOutputs(),
            x => SignatureModels.WriteNpy<float>(x, "<f4", [1f, 0f, 0f, 2f], 2, 2), [0, 1]);
        AssertRows([1f, 0f, 0f, 2f], outputs);
    }
}
