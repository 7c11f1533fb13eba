// The probe (LayerService, as the Layers panel and `probe` call it) compares a PyTorch checkpoint with a
// .safetensors copy of it: the state dict's names match across formats and the one changed weight is measured.
namespace Backend.Tests.Layers.Torch;

public sealed class TorchProbeTests : IDisposable
{
    readonly ProbeFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_pth_checkpoint_is_probed_against_its_safetensors_copy_by_name()
    {
        var pth = RepoPaths.Of(Path.Combine("tests", "fixtures", "torch", "nested.pth"));
        // The same weights as nested.pth, but 0.bias's last value halved (1 → 0.5).
        var copy = _files.Write("copy.safetensors",
            ("0.weight", [3, 2], [0, 0.25f, 0.5f, 0.75f, 1, 1.25f]),
            ("0.bias", [3], [0, 0.5f, 0.5f]),
            ("2.weight", [1, 3], [0, 0.75f, 1.5f]),
            ("2.bias", [1], [0]));

        var result = await ProbeFiles.Probe(null, pth, copy);

        Assert.Empty(result.Unmatched);
        Assert.Equal(["0.weight", "0.bias", "2.weight", "2.bias"], result.Tensors.Select(t => t.Name));
        var bias = result.Tensors.Single(t => t.Name == "0.bias");
        Assert.Equal(0.5, bias.Models[0]!.Mean);
        Assert.Equal(1.0 / 3, bias.Models[1]!.Mean, 1e-9);
        Assert.Equal(0, result.Tensors.Single(t => t.Name == "0.weight").Models[1]!.RelL2);
        Assert.True(bias.Models[1]!.RelL2 > 0);
    }
}
