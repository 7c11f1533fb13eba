// Named arrays are read in the background while the model runs on the rows that have arrived: a dataset of
// several read chunks evaluates to the same outputs as the whole arrays (computed here by hand, row by row), and
// a named file shorter than its header is refused before any batch, with the file named and nothing cached.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Signatures;

public sealed class StreamedNamedInputTests
{
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    [Fact]
    public async Task Named_arrays_of_several_read_chunks_give_the_outputs_of_the_whole_arrays()
    {
        // 200,000 rows of int32 ids (held as int64: 4.8 MB, two chunks) and a bool mask (cast to bool as it arrives).
        const int Rows = 200_000;
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        var ids = Enumerable.Range(0, Rows * 3).Select(i => i / 3 % 7 + i % 3).ToArray();
        var mask = Enumerable.Range(0, Rows * 3).Select(i => (i / 3 + i % 3) % 2 == 0).ToArray();
        SignatureModels.WriteNpy<int>(workspace.File("ids.npy"), "<i4", ids, Rows, 3);
        SignatureModels.WriteNpy<bool>(workspace.File("mask.npy"), "|b1", mask, Rows, 3);
        workspace.WriteSpec(new long[Rows], """[{"id": "m", "artifact": "m.onnx"}]""",
            """ "inputs": {"input_ids": "ids.npy", "attention_mask": "mask.npy"} """);

        var entry = Assert.Single((await Service().EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, CancellationToken.None)).Models);
        Assert.Null(entry.Error);
        var outputs = await Service().GetOutputsAsync(workspace.Summary(), "m", NoProgress.Instance, CancellationToken.None);

        // h = ids * mask; logits = [h0 + h2, h1 - h2], compared through their softmax.
        Assert.Equal(Rows * 2, outputs.Probabilities.Length);
        for (var row = 0; row < Rows; row++)
        {
            float H(int j) => mask[row * 3 + j] ? ids[row * 3 + j] : 0;
            var (a, b) = (H(0) + H(2), H(1) - H(2));
            var first = 1 / (1 + MathF.Exp(b - a));
            Assert.True(MathF.Abs(first - outputs.Probabilities[row * 2]) < 1e-5, $"row {row}: {outputs.Probabilities[row * 2]} instead of {first}");
        }
    }

    [Fact]
    public async Task A_named_array_shorter_than_its_header_is_refused_naming_the_file_and_nothing_is_cached()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        SignatureModels.WriteNpy<long>(workspace.File("ids.npy"), "<i8", [1, 2, 3, 4, 5, 6], 2, 3);
        SignatureModels.WriteNpy<bool>(workspace.File("mask.npy"), "|b1", [true, true, true, true, true, true], 2, 3);
        File.WriteAllBytes(workspace.File("ids.npy"), File.ReadAllBytes(workspace.File("ids.npy"))[..^8]);
        workspace.WriteSpec([0, 1], """[{"id": "m", "artifact": "m.onnx"}]""", """ "inputs": {"input_ids": "ids.npy", "attention_mask": "mask.npy"} """);

        var entry = Assert.Single((await Service().EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, CancellationToken.None)).Models);
        Assert.NotNull(entry.Error);
        Assert.Contains(workspace.File("ids.npy"), entry.Error);
        Assert.Contains("truncated", entry.Error);
        Assert.Empty(workspace.CacheFiles());
    }
}
