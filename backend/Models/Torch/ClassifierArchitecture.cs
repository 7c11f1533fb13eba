// What a TorchSharp classifier looks like, as data: enough to rebuild the module (to load a .dat state dict
// or clone a model) and to name its parameters the way PyTorch would ("features.0.weight", "classifier.4.bias").
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

public abstract record ClassifierArchitecture(int Classes)
{
    /// <summary>Shape of one input instance, without the batch dimension.</summary>
    public abstract int[] InstanceShape { get; }

    /// <summary>A fresh module with the global torch generator's next initial weights (see TorchClassifier.Create for seeding).</summary>
    internal abstract Sequential Build();

    /// <summary>Names of the top-level blocks, in forward order.</summary>
    public const string Features = "features";
    public const string Flatten = "flatten";
    public const string Classifier = "classifier";

    private protected static Sequential Block(params nn.Module<Tensor, Tensor>[] modules) =>
        nn.Sequential(modules.Select((m, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), m)).ToArray());
}

/// <summary>
/// Fully connected: classifier.0 Linear(Inputs → Hidden[0]), classifier.1 ReLU, … , last Linear(→ Classes).
/// The digits MLP is 64 → 64 → 32 → 10.
/// </summary>
public sealed record MlpArchitecture(int Inputs, IReadOnlyList<int> Hidden, int Classes) : ClassifierArchitecture(Classes)
{
    public static MlpArchitecture Digits { get; } = new(64, [64, 32], 10);

    public override int[] InstanceShape => [Inputs];

    internal override Sequential Build()
    {
        var layers = new List<nn.Module<Tensor, Tensor>>();
        var width = Inputs;
        foreach (var hidden in Hidden)
        {
            layers.Add(nn.Linear(width, hidden));
            layers.Add(nn.ReLU());
            width = hidden;
        }
        layers.Add(nn.Linear(width, Classes));
        return nn.Sequential((Classifier, Block([.. layers])));
    }

    // Records compare lists by reference; architectures are compared by value.
    public bool Equals(MlpArchitecture? other) =>
        other is not null && Inputs == other.Inputs && Classes == other.Classes && Hidden.SequenceEqual(other.Hidden);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Inputs);
        hash.Add(Classes);
        foreach (var width in Hidden) hash.Add(width);
        return hash.ToHashCode();
    }
}

/// <summary>
/// Small CNN for C×H×W images: features.0 Conv(C → 8, 3×3, pad 1), .1 BatchNorm2d, .2 ReLU, .3 MaxPool 2,
/// .4 Conv(8 → 16, 3×3, pad 1), .5 BatchNorm2d, .6 ReLU, .7 MaxPool 2; flatten; classifier.0 Linear(16·H/4·W/4 → Classes).
/// On 8×8 digits the classifier takes 16·2·2 = 64 features; on 28×28 Fashion-MNIST 16·7·7 = 784.
/// </summary>
public sealed record CnnArchitecture(int Channels, int Height, int Width, int Classes) : ClassifierArchitecture(Classes)
{
    public const int KernelSize = 3;
    public const int Padding = 1;
    public const int PoolSize = 2;
    public const int FirstConvChannels = 8;
    public const int SecondConvChannels = 16;

    public static CnnArchitecture Digits { get; } = new(1, 8, 8, 10);
    public static CnnArchitecture FashionMnist { get; } = new(1, 28, 28, 10);

    public override int[] InstanceShape => [Channels, Height, Width];

    /// <summary>Inputs of the classifier's Linear layer: two 2×2 poolings (floor) after size-preserving convolutions.</summary>
    public int ClassifierInputs => SecondConvChannels * (Height / PoolSize / PoolSize) * (Width / PoolSize / PoolSize);

    internal override Sequential Build()
    {
        if (Height < 4 || Width < 4)
            throw new ArgumentException($"The CNN pools twice by 2: inputs of {Height}×{Width} are too small (at least 4×4).");
        var features = Block(
            nn.Conv2d(Channels, FirstConvChannels, KernelSize, padding: Padding),
            nn.BatchNorm2d(FirstConvChannels),
            nn.ReLU(),
            nn.MaxPool2d(PoolSize, PoolSize),
            nn.Conv2d(FirstConvChannels, SecondConvChannels, KernelSize, padding: Padding),
            nn.BatchNorm2d(SecondConvChannels),
            nn.ReLU(),
            nn.MaxPool2d(PoolSize, PoolSize));
        return nn.Sequential(
            (Features, features),
            (Flatten, nn.Flatten()),
            (Classifier, Block(nn.Linear(ClassifierInputs, Classes))));
    }
}
