// What a tensor's or a node's name says about the module it belongs to. Checkpoints name weights by module path
// ("layer1.0.conv1.weight"); exporters name graph nodes by scope ("/layer1/layer1.0/conv1/Conv" from PyTorch,
// "model/conv2d/Conv2D" from tf2onnx); converters such as CNTK's and torch's constant folding leave flat names
// ("Parameter91", "onnx::Conv_123") that say nothing, and those are named from the graph instead.
namespace CompressCompare.Backend.Layers.Naming;

public static class ModulePaths
{
    /// <summary>The module of a dotted tensor name: its name up to the last dot, "" at the top level.</summary>
    public static string ModuleOf(string tensor) => tensor.LastIndexOf('.') is var dot and >= 0 ? tensor[..dot] : "";

    /// <summary>
    /// Whether a stored weight name says which module it belongs to: a dotted or slashed prefix before a last segment
    /// ("fc.weight", "model/dense/kernel:0"). "Parameter91" and "onnx::Conv_123" do not.
    /// </summary>
    public static bool HasModulePath(string name)
    {
        var cut = name.LastIndexOfAny(['.', '/']);
        return cut > 0 && cut < name.Length - 1;
    }

    /// <summary>
    /// The module a scoped node name stands for: its scopes joined with dots, each scope that already repeats the path
    /// so far replacing it ("/layer1/layer1.0/conv1/Conv" → "layer1.0.conv1", "model/conv2d/Conv2D" → "model.conv2d");
    /// null when the name has no scope before its last segment.
    /// </summary>
    public static string? OfScopedName(string name)
    {
        if (!name.Contains('/')) return null;
        var segments = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2) return null;
        var path = "";
        foreach (var segment in segments[..^1])
            path = path.Length == 0 || segment.StartsWith(path + ".", StringComparison.Ordinal) ? segment : $"{path}.{segment}";
        return path;
    }

    /// <summary>A node name as one segment of a dotted module path: dots would split it into modules that do not exist.</summary>
    public static string Segment(string name) => name.Replace('.', '_');

    /// <summary>
    /// A checkpoint tensor's role from the last segment of its name: PyTorch's parameter and buffer names, and the gamma/beta
    /// of older exporters as weight/bias; null for names that are not a known role (activations, arbitrary tensors).
    /// </summary>
    public static string? RoleOfName(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        return last switch
        {
            "weight" or "bias" or "running_mean" or "running_var" or "num_batches_tracked" or "in_proj_weight" or "in_proj_bias" => last,
            "gamma" or "kernel" => "weight",
            "beta" => "bias",
            "moving_mean" => "running_mean",
            "moving_variance" => "running_var",
            _ when last.StartsWith("weight_ih_l", StringComparison.Ordinal) || last.StartsWith("weight_hh_l", StringComparison.Ordinal)
                || last.StartsWith("bias_ih_l", StringComparison.Ordinal) || last.StartsWith("bias_hh_l", StringComparison.Ordinal) => last,
            _ => null,
        };
    }
}
