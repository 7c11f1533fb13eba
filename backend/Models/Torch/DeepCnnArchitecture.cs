// The demo's larger CNN: three convolution stages widening 32 → 64 → 128 channels and a two-layer head, about
// 102k parameters on 8×8 digits. Big enough that int8, palettization and pruning change what the file holds by
// tens of kilobytes, yet cheap to train (the convolutions run on 8×8, 4×4 and 2×2 maps) so the demo builds in seconds.
// It stays a plain stack (no skip connections): SequentialModel and the ONNX writer describe feed-forward chains.
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

/// <summary>
/// features: for each of the three stages s, features.{4s} Conv(→ StageChannels[s], 3×3, pad 1), .{4s+1} BatchNorm2d,
/// .{4s+2} ReLU, .{4s+3} MaxPool 2; flatten; classifier.0 Linear(128·H/8·W/8 → 64), .1 ReLU, .2 Linear(64 → Classes).
/// </summary>
public sealed record DeepCnnArchitecture(int Channels, int Height, int Width, int Classes) : ClassifierArchitecture(Classes)
{
    public static IReadOnlyList<int> StageChannels { get; } = [32, 64, 128];
    public const int HiddenUnits = 64;

    public static DeepCnnArchitecture Digits { get; } = new(1, 8, 8, 10);

    public override int[] InstanceShape => [Channels, Height, Width];

    /// <summary>Pooling by 2 once per stage (floor), after size-preserving convolutions.</summary>
    public int ClassifierInputs => StageChannels[^1] * (Height >> StageChannels.Count) * (Width >> StageChannels.Count);

    internal override Sequential Build()
    {
        var reduction = 1 << StageChannels.Count;
        if (Height < reduction || Width < reduction)
            throw new ArgumentException($"The deep CNN pools {StageChannels.Count} times by 2: inputs of {Height}×{Width} are too small (at least {reduction}×{reduction}).");
        var layers = new List<nn.Module<Tensor, Tensor>>();
        var width = Channels;
        foreach (var channels in StageChannels)
        {
            layers.Add(nn.Conv2d(width, channels, CnnArchitecture.KernelSize, padding: CnnArchitecture.Padding));
            layers.Add(nn.BatchNorm2d(channels));
            layers.Add(nn.ReLU());
            layers.Add(nn.MaxPool2d(CnnArchitecture.PoolSize, CnnArchitecture.PoolSize));
            width = channels;
        }
        return nn.Sequential(
            (Features, Block([.. layers])),
            (Flatten, nn.Flatten()),
            (Classifier, Block(nn.Linear(ClassifierInputs, HiddenUnits), nn.ReLU(), nn.Linear(HiddenUnits, Classes))));
    }
}
