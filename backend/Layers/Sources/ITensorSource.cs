// One model file seen as a list of named tensors whose values are read one tensor at a time, on demand,
// so probing never holds a whole model (see LayerService for the memory bound this serves).
namespace CompressCompare.Backend.Layers.Sources;

/// <summary>
/// A tensor's name, shape and stored element type (e.g. "F16", "float32"), without its values. Module is the
/// module it belongs to when its name does not say (a module's output is named after the module itself);
/// null for weights, whose module is their name up to the last dot, unless their name carries no module path and the
/// module comes from the graph instead (see Naming/OnnxGraphNaming).
/// </summary>
public sealed record TensorInfo(string Name, IReadOnlyList<long> Shape, string DataType, string? Module = null)
{
    public long Count => Shape.Aggregate(1L, (a, d) => a * d);

    /// <summary>The name shown for a weight whose stored Name carries no module path ("Convolution249 (Conv).W" for "Parameter91"); null to show Name.</summary>
    public string? Label { get; init; }

    /// <summary>What the tensor is to its module ("weight", "bias", "running_mean", …), from its name or the op that consumes it; null when unknown (activations).</summary>
    public string? Role { get; init; }

    /// <summary>What its module is ("Conv", "BatchNorm", "Linear", …), from the graph or from its siblings' names and shapes; null when unknown.</summary>
    public string? ModuleType { get; init; }
}

public interface ITensorSource : IDisposable
{
    /// <summary>The file this source reads.</summary>
    string File { get; }

    /// <summary>Every tensor, in the file's order; cheap (no values are read).</summary>
    IReadOnlyList<TensorInfo> Tensors { get; }

    /// <summary>Reads one tensor's values as float32 into the start of <paramref name="destination"/> (at least Count long).</summary>
    void Read(TensorInfo tensor, Span<float> destination);
}
