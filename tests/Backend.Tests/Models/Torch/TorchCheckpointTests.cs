using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchCheckpointTests
{
    [Fact]
    public void Saved_state_dict_loads_back_bit_for_bit_with_buffers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-{Guid.NewGuid():N}{TorchCheckpoint.Extension}");
        try
        {
            TorchCheckpoint.Save(TrainedDigits.Cnn, path);
            using var loaded = TorchCheckpoint.Load(CnnArchitecture.Digits, path);
            Assert.Equal(
                TrainedDigits.Cnn.Module.state_dict().Select(kv => (kv.Key, TensorValues.ToArray(kv.Value))),
                loaded.Module.state_dict().Select(kv => (kv.Key, TensorValues.ToArray(kv.Value))));
            Assert.Equal(TrainedDigits.Accuracy(TrainedDigits.Cnn), TrainedDigits.Accuracy(loaded));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Loading_into_another_architecture_fails_with_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-{Guid.NewGuid():N}{TorchCheckpoint.Extension}");
        try
        {
            TorchCheckpoint.Save(TrainedDigits.Mlp, path);
            var error = Assert.ThrowsAny<Exception>(() => TorchCheckpoint.Load(CnnArchitecture.Digits, path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
