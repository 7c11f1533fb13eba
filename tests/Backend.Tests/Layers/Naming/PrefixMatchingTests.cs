// A Hugging Face task model's checkpoint ("bert.encoder…", plus its head) against its base model's ("encoder…"):
// the tensors pair by name less the prefix, each row says the model's own name, and only the head is unmatched.
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Bench;

namespace Backend.Tests.Layers.Naming;

public sealed class PrefixMatchingTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-prefix-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static readonly (string Name, long[] Shape)[] Encoder =
    [
        ("embeddings.word_embeddings.weight", [10, 4]),
        ("encoder.layer.0.attention.self.query.weight", [4, 4]),
        ("encoder.layer.0.attention.self.query.bias", [4]),
        ("encoder.layer.0.output.dense.weight", [4, 4]),
    ];

    string Save(string name, IEnumerable<(string Name, long[] Shape)> tensors, float scale)
    {
        var path = Path.Combine(_dir, name);
        SafetensorsWriter.Write(path, [.. tensors], (t, values) => { for (var i = 0; i < values.Length; i++) values[i] = scale * (t + 1) * (i + 1); });
        return path;
    }

    [Fact]
    public async Task A_task_checkpoint_matches_its_base_model_by_name_less_its_prefix_and_only_its_head_is_unmatched()
    {
        var baseModel = Save("base.safetensors", Encoder, 1);
        var task = Save("task.safetensors", [.. Encoder.Select(t => ("bert." + t.Name, t.Shape)), ("classifier.weight", [2, 4])], 2);

        var result = await ProbeFiles.Probe(null, baseModel, task);
        Assert.Equal(Encoder.Select(t => t.Name), result.Tensors.Select(t => t.Name));
        Assert.All(result.Tensors, t => Assert.Equal([null, "bert." + t.Name], t.MatchedAs));
        Assert.All(result.Tensors, t => Assert.Equal(1.0, t.Models[1]!.RelL2!.Value, 6)); // every value doubled
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(("classifier.weight", TensorMatching.NotInBase), (unmatched.Name, unmatched.Reason));

        // The other way round: the prefix is on the base's side.
        var back = await ProbeFiles.Probe(null, task, baseModel);
        Assert.Equal(Encoder.Select(t => "bert." + t.Name), back.Tensors.Select(t => t.Name));
        Assert.Equal(("classifier.weight", TensorMatching.Missing), (Assert.Single(back.Unmatched).Name, back.Unmatched[0].Reason));
    }

    [Fact]
    public async Task One_name_that_happens_to_match_after_a_prefix_is_not_a_pairing()
    {
        var baseModel = Save("a.safetensors", [("enc.weight", [4]), ("x.bias", [3])], 1);
        var other = Save("b.safetensors", [("head.enc.weight", [4]), ("y.bias", [3])], 1);
        var result = await ProbeFiles.Probe(null, baseModel, other);
        Assert.Empty(result.Tensors);
        Assert.Equal(4, result.Unmatched.Count);
    }
}
