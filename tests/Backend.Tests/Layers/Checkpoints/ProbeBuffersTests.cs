// The probe holds the base's values and at most two models' (a full buffer and a spare for tensors up to 3/4 of the
// largest), and reads the others again; whichever way a model's tensor was measured, its statistics must be those
// of probing it alone against the base. Every model holds the same smallest and largest value, so the shared bins
// are the same in the four-model probe and in each pair.
using System.Text.Json;

namespace Backend.Tests.Layers.Checkpoints;

public sealed class ProbeBuffersTests : IDisposable
{
    readonly ProbeFiles _files = new();
    public void Dispose() => _files.Dispose();

    string Model(string name, int seed)
    {
        float[] Values(int count)
        {
            var random = new Random(seed * 1000 + count);
            var values = Enumerable.Range(0, count).Select(_ => seed == 0 ? random.NextSingle() * 2 - 1 : random.Next(3) == 0 ? 0 : random.NextSingle() * 2 - 1).ToArray();
            (values[0], values[1]) = (-10, 10);
            return values;
        }
        // "big" fits only the full buffer; "small" (10 ≤ 3/4 × 100) fits the spare too.
        return _files.Write(name, ("big", [10, 10], Values(100)), ("small", [10], Values(10)));
    }

    [Fact]
    public async Task Models_measured_from_either_buffer_or_read_again_match_their_probe_alone()
    {
        var files = Enumerable.Range(0, 4).Select(m => Model($"m{m}.safetensors", m)).ToArray();
        var together = await ProbeFiles.Probe(8, files);
        for (var m = 1; m < files.Length; m++)
        {
            var alone = await ProbeFiles.Probe(8, files[0], files[m]);
            foreach (var tensor in together.Tensors)
            {
                var expected = alone.Tensors.Single(t => t.Name == tensor.Name);
                Assert.Equal((expected.BinMin, expected.BinMax), (tensor.BinMin, tensor.BinMax));
                Assert.Equal(JsonSerializer.Serialize(expected.Models[1]), JsonSerializer.Serialize(tensor.Models[m]));
                Assert.Equal(JsonSerializer.Serialize(expected.Models[0]), JsonSerializer.Serialize(tensor.Models[0]));
            }
        }
    }
}
