// A TorchSharp classifier as the backend handles it: the module, the architecture it was built from, and how
// each layer's weight is to be exported (int8, palette, or float32 when absent). Compression operations never
// change their input: they clone it and return a new TorchClassifier.
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

public sealed class TorchClassifier : IDisposable
{
    // torch.manual_seed sets one process-wide generator: building two seeded models at once (parallel tests,
    // two requests) would interleave their draws. Every module construction holds this lock.
    static readonly Lock InitializationLock = new();

    TorchClassifier(ClassifierArchitecture architecture, Sequential module, IReadOnlyDictionary<string, WeightEncoding> encodings)
    {
        Architecture = architecture;
        Module = module;
        WeightEncodings = encodings;
    }

    public ClassifierArchitecture Architecture { get; }
    public Sequential Module { get; }

    /// <summary>Export encoding of each layer's weight by layer name ("features.0"); layers not listed are float32.</summary>
    public IReadOnlyDictionary<string, WeightEncoding> WeightEncodings { get; }

    public int[] InstanceShape => Architecture.InstanceShape;

    /// <summary>A new model with initial weights drawn after torch.manual_seed(<paramref name="seed"/>): same seed, same weights.</summary>
    public static TorchClassifier Create(ClassifierArchitecture architecture, int seed)
    {
        TorchRuntime.EnsureInitialized();
        lock (InitializationLock)
        {
            torch.manual_seed(seed);
            var module = architecture.Build();
            module.eval();
            return new TorchClassifier(architecture, module, new Dictionary<string, WeightEncoding>());
        }
    }

    /// <summary>A model with whatever initial weights the generator gives next: for loading a state dict over them.</summary>
    internal static TorchClassifier CreateForLoading(ClassifierArchitecture architecture)
    {
        TorchRuntime.EnsureInitialized();
        Sequential module;
        lock (InitializationLock) module = architecture.Build();
        module.eval();
        return new TorchClassifier(architecture, module, new Dictionary<string, WeightEncoding>());
    }

    /// <summary>A deep copy (parameters and buffers) carrying <paramref name="encodings"/>, or this model's encodings when null.</summary>
    public TorchClassifier Clone(IReadOnlyDictionary<string, WeightEncoding>? encodings = null)
    {
        Sequential module;
        lock (InitializationLock) module = Architecture.Build();
        var source = Module.state_dict();
        var target = module.state_dict();
        using (torch.no_grad())
            foreach (var (name, tensor) in source)
                target[name].copy_(tensor);
        module.eval();
        return new TorchClassifier(Architecture, module, new Dictionary<string, WeightEncoding>(encodings ?? WeightEncodings));
    }

    /// <summary>This module with other encodings (no copy of the weights: the caller hands over ownership).</summary>
    internal TorchClassifier WithEncodings(IReadOnlyDictionary<string, WeightEncoding> encodings) =>
        new(Architecture, Module, new Dictionary<string, WeightEncoding>(encodings));

    /// <summary>Logits for a batch shaped [N, ..InstanceShape].</summary>
    public Tensor Forward(Tensor input) => Module.call(input);

    /// <summary>Layers whose weight compression acts on (Linear and Conv2d), by dotted name, in forward order.</summary>
    public IReadOnlyList<WeightedLayer> WeightedLayers() =>
        Module.named_modules()
            .Where(m => m.module is Linear or Conv2d)
            .Select(m => new WeightedLayer(m.name, m.module, m.module switch
            {
                Linear linear => linear.weight!,
                Conv2d conv => conv.weight!,
                _ => throw new InvalidOperationException("unreachable"),
            }))
            .ToArray();

    public void Dispose() => Module.Dispose();
}

/// <summary>A Linear or Conv2d layer: its dotted name ("classifier.0"), module and weight parameter ("classifier.0.weight").</summary>
public sealed record WeightedLayer(string Name, nn.Module Module, Parameter Weight)
{
    public string WeightName => Name + ".weight";
    /// <summary>Output channels: the first dimension of the weight ([out, in] or [out, in, kh, kw]).</summary>
    public int OutputChannels => (int)Weight.shape[0];
}
