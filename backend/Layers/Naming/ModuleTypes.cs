// The type of every module of one model (ModuleProbe.Type): the graph's where the source has one (ONNX), the
// checkpoint's names and shapes otherwise, and the root's from a Hugging Face config.json beside the weights.
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Layers.Naming;

/// <summary>A tensor source that knows its modules' types from a graph.</summary>
public interface IModuleTypeSource
{
    IReadOnlyDictionary<string, string> ModuleTypes { get; }
}

public static class ModuleTypes
{
    public static IReadOnlyDictionary<string, string> Of(ITensorSource source)
    {
        var types = CheckpointModuleTypes.Infer(source.Tensors);
        if (source is IModuleTypeSource graph)
            foreach (var (module, type) in graph.ModuleTypes)
                types[module] = type;
        if (CheckpointModuleTypes.FromConfig(source.File) is { } root) types[""] = root;
        return types;
    }
}
