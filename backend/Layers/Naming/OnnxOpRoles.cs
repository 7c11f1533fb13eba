// What an ONNX node's inputs are to the op (their names in the operator's schema: Conv's X, W, B) and what a module
// built around the op is (Conv, Linear, BatchNorm…), so a flat-named weight can be shown as "Convolution249 (Conv).W"
// and matched against a checkpoint's "conv1.weight" by role. Input names follow onnx.ai/onnx/operators and the
// com.microsoft contrib ops of ONNX Runtime's quantizer (MatMulNBits, QLinear*, *Integer).
namespace CompressCompare.Backend.Layers.Naming;

public static class OnnxOpRoles
{
    static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["Conv"] = ["X", "W", "B"],
        ["ConvTranspose"] = ["X", "W", "B"],
        ["ConvInteger"] = ["x", "w", "x_zero_point", "w_zero_point"],
        ["QLinearConv"] = ["x", "x_scale", "x_zero_point", "w", "w_scale", "w_zero_point", "y_scale", "y_zero_point", "B"],
        ["Gemm"] = ["A", "B", "C"],
        ["MatMul"] = ["A", "B"],
        ["MatMulInteger"] = ["A", "B", "a_zero_point", "b_zero_point"],
        ["QLinearMatMul"] = ["a", "a_scale", "a_zero_point", "b", "b_scale", "b_zero_point", "y_scale", "y_zero_point"],
        ["MatMulNBits"] = ["A", "B", "scales", "zero_points", "g_idx", "bias"],
        ["BatchNormalization"] = ["X", "scale", "B", "input_mean", "input_var"],
        ["LayerNormalization"] = ["X", "Scale", "B"],
        ["SimplifiedLayerNormalization"] = ["X", "scale"],
        ["SkipLayerNormalization"] = ["input", "skip", "gamma", "beta", "bias"],
        ["InstanceNormalization"] = ["input", "scale", "B"],
        ["GroupNormalization"] = ["X", "scale", "bias"],
        ["Gather"] = ["data", "indices"],
        ["PRelu"] = ["X", "slope"],
        ["LSTM"] = ["X", "W", "R", "B", "sequence_lens", "initial_h", "initial_c", "P"],
        ["GRU"] = ["X", "W", "R", "B", "sequence_lens", "initial_h"],
        ["RNN"] = ["X", "W", "R", "B", "sequence_lens", "initial_h"],
        ["Attention"] = ["input", "weights", "bias", "mask_index", "past", "attention_bias"],
        ["MultiHeadAttention"] = ["query", "key", "value", "bias"],
        ["Add"] = ["A", "B"],
        ["Mul"] = ["A", "B"],
    };

    /// <summary>The schema's name for input <paramref name="index"/> of <paramref name="op"/>, or "input{index}" for ops we do not list.</summary>
    public static string InputName(string op, int index) =>
        Inputs.TryGetValue(op, out var names) && index < names.Length ? names[index] : $"input{index}";

    /// <summary>
    /// The role a checkpoint would give the same tensor (see ModulePaths.RoleOfName), so "Conv W" and "conv1.weight" line up
    /// and a folded Conv's B is a bias, never a BatchNorm weight. Null where no checkpoint role fits (zero points, indices).
    /// </summary>
    public static string? CheckpointRole(string op, string input) => (op, input) switch
    {
        (_, "W" or "w" or "scale" or "Scale" or "gamma" or "slope" or "weights") => "weight",
        ("Gemm" or "MatMul" or "MatMulInteger" or "MatMulNBits", "B") or ("QLinearMatMul", "b") or ("Gather", "data") => "weight",
        ("Mul", "A" or "B") => "weight",
        (_, "B" or "C" or "bias" or "beta") => "bias",
        (_, "input_mean") => "running_mean",
        (_, "input_var") => "running_var",
        _ => null,
    };

    /// <summary>What a module whose main node is <paramref name="op"/> is; <paramref name="weighted"/> tells a Linear MatMul from attention's.</summary>
    public static string? ModuleType(string op, bool weighted) => op switch
    {
        "Conv" or "ConvInteger" or "QLinearConv" => "Conv",
        "ConvTranspose" => "ConvTranspose",
        "Gemm" or "MatMul" or "MatMulInteger" or "QLinearMatMul" or "MatMulNBits" or "FusedMatMul" => weighted ? "Linear" : null,
        "BatchNormalization" => "BatchNorm",
        "LayerNormalization" or "SimplifiedLayerNormalization" or "SkipLayerNormalization" => "LayerNorm",
        "InstanceNormalization" => "InstanceNorm",
        "GroupNormalization" => "GroupNorm",
        "Gather" => weighted ? "Embedding" : null,
        "Relu" => "ReLU",
        "PRelu" => "PReLU",
        "LeakyRelu" => "LeakyReLU",
        "Gelu" or "FastGelu" or "BiasGelu" => "GELU",
        "Sigmoid" or "Tanh" or "Softmax" or "LSTM" or "GRU" or "RNN" => op,
        "Attention" or "MultiHeadAttention" or "GroupQueryAttention" => "Attention",
        "MaxPool" or "AveragePool" or "GlobalAveragePool" or "GlobalMaxPool" => "Pool",
        "Dropout" => "Dropout",
        _ => null,
    };

    /// <summary>Where two branches of a graph meet (a residual sum, a concatenation): the end of a block.</summary>
    public static string? JoinType(string op) => op switch
    {
        "Add" or "Sum" => "Residual block",
        "Concat" => "Concat block",
        _ => null,
    };
}
