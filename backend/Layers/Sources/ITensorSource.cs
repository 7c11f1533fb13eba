// One model file seen as a list of named tensors whose values are read one tensor at a time, on demand,
// so probing never holds a whole model (see LayerService for the memory bound this serves).
namespace CompressCompare.Backend.Layers.Sources;

/// <summary>
/// A tensor's name, shape and stored element type (e.g. "F16", "float32"), without its values. Module is the
/// module it belongs to when its name does not say (a module's output is named after the module itself);
/// null for weights, whose module is their name up to the last dot.
/// </summary>
public sealed record TensorInfo(string Name, IReadOnlyList<long> Shape, string DataType, string? Module = null)
{
    public long Count => Shape.Aggregate(1L, (a, d) => a * d);
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
