// Module types for checkpoints that hold no graph (.pt, .dat, .safetensors): read from the names and shapes of each
// module's tensors the way a person reads a state dict (running_mean → BatchNorm, a 4-D weight → Conv, a 2-D one →
// Linear, or Embedding when the module is named so; a norm's 1-D weight → LayerNorm; a parent of query/key/value
// → Attention), and, when a Hugging Face config.json sits beside the weights, the root's type from its architectures.
using System.Text.Json;
using System.Text.RegularExpressions;
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Layers.Naming;

public static partial class CheckpointModuleTypes
{
    /// <summary>The tensors with Role and ModuleType filled from their names and shapes where the source left them unset.</summary>
    public static IReadOnlyList<TensorInfo> Complete(IReadOnlyList<TensorInfo> tensors)
    {
        if (tensors.All(t => t.Role is not null || t.Module is not null)) return tensors;
        var types = Infer(tensors);
        return [.. tensors.Select(t => t.Role is not null || t.Module is not null ? t
            : t with { Role = ModulePaths.RoleOfName(t.Name), ModuleType = t.ModuleType ?? types.GetValueOrDefault(ModulePaths.ModuleOf(t.Name)) })];
    }

    /// <summary>Module types by module name, from the tensors' names and shapes (types the source already set win).</summary>
    public static Dictionary<string, string> Infer(IReadOnlyList<TensorInfo> tensors)
    {
        var types = new Dictionary<string, string>();
        foreach (var module in tensors.Where(t => t.Module is null).GroupBy(t => ModulePaths.ModuleOf(t.Name)))
            if ((module.FirstOrDefault(t => t.ModuleType is not null)?.ModuleType ?? FromTensors(module.Key, [.. module])) is { } type)
                types[module.Key] = type;
        foreach (var t in tensors.Where(t => t.Module is not null && t.ModuleType is not null))
            types.TryAdd(t.Module!, t.ModuleType!);
        // A module whose children are the three projections of attention is an attention block.
        foreach (var parent in types.Keys.Where(m => m.Length > 0).GroupBy(ModulePaths.ModuleOf).ToList())
        {
            var children = parent.Select(m => m[(m.LastIndexOf('.') + 1)..]).ToHashSet();
            if (children.IsSupersetOf(["query", "key", "value"]) || children.IsSupersetOf(["q_proj", "k_proj", "v_proj"]) || children.IsSupersetOf(["q", "k", "v"]))
                types.TryAdd(parent.Key, "Attention");
        }
        return types;
    }

    static string? FromTensors(string module, IReadOnlyList<TensorInfo> tensors)
    {
        var roles = tensors.Select(t => (Role: ModulePaths.RoleOfName(t.Name), t.Shape)).ToList();
        if (roles.Any(r => r.Role is "running_mean" or "running_var" or "num_batches_tracked")) return "BatchNorm";
        if (roles.Any(r => r.Role is "in_proj_weight")) return "Attention";
        if (roles.FirstOrDefault(r => r.Role is { } role && role.StartsWith("weight_hh_l", StringComparison.Ordinal)) is { Role: not null } hh
            && roles.FirstOrDefault(r => r.Role == "weight_ih_l0") is { Role: not null } ih && hh.Shape.Count == 2 && hh.Shape[1] > 0)
            // Gates stacked in weight_ih: 4 for LSTM, 3 for GRU, 1 for a plain RNN.
            return (ih.Shape[0] / hh.Shape[1]) switch { 4 => "LSTM", 3 => "GRU", _ => "RNN" };
        var weight = roles.FirstOrDefault(r => r.Role == "weight");
        if (weight.Role is null) return null;
        var leaf = module[(module.LastIndexOf('.') + 1)..];
        return weight.Shape.Count switch
        {
            >= 3 => "Conv",
            2 => EmbeddingName().IsMatch(leaf) && roles.All(r => r.Role != "bias") ? "Embedding" : "Linear",
            1 when NormName().IsMatch(leaf) => "LayerNorm",
            _ => null,
        };
    }

    /// <summary>The root's type from a Hugging Face config.json beside <paramref name="weightsFile"/>: architectures[0], else model_type; null without one.</summary>
    public static string? FromConfig(string weightsFile)
    {
        var config = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(weightsFile)) ?? ".", "config.json");
        if (!File.Exists(config)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(config));
            if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
            if (json.RootElement.TryGetProperty("architectures", out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0
                && a[0].ValueKind == JsonValueKind.String)
                return a[0].GetString();
            return json.RootElement.TryGetProperty("model_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // The type is a label on the root row; a config.json we cannot read leaves it unlabelled rather than failing the probe.
            return null;
        }
    }

    [GeneratedRegex(@"emb|wte|wpe|tok", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddingName();

    [GeneratedRegex(@"norm|^ln(_?\w*)?$|layernorm", RegexOptions.IgnoreCase)]
    private static partial Regex NormName();
}
