// A tiny classifier whose broken layer is known, for the diagnose and Restore Module tests: x[2] → fc1 Linear → ReLU →
// fc2 Linear → logits[2]. The base classifies the four instances perfectly (its labels are its own predictions); the
// "pruned" model has fc1 zeroed (all its outputs become fc2's bias, one class: accuracy 1/2) and fc2 doubled (harmless:
// every logit doubles). So restoring fc1 recovers all, restoring fc2 nothing; compressing fc1 alone costs 1/2, fc2 alone 0.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Diagnose;

public static class DiagnoseModels
{
    // [2, 0] → 0, [0, 2] → 1, [3, 1] → 0, [1, 3] → 1 for the base (logits x + [0, 0.1]).
    static readonly float[] Inputs = [2, 0, 0, 2, 3, 1, 1, 3];

    public static readonly float[] BaseFc1 = [1, 0, 0, 1];
    public static readonly float[] BaseFc2 = [1, 0, 0, 1];
    public static readonly float[] PrunedFc2 = [2, 0, 0, 2];

    /// <summary>How the pruned model stores fc1's zeros: float, int8 codes decoded by DequantizeLinear, or a 1-bit palette decoded by Gather.</summary>
    public enum Fc1Storage { Float, Int8, Palette }

    /// <summary>Writes base.onnx, pruned.onnx, the dataset and models.json into <paramref name="folder"/>; returns the spec's path.</summary>
    public static string Write(string folder, Fc1Storage storage)
    {
        NpyArray.OfFloats(Inputs, 4, 2).Write(Path.Combine(folder, "inputs.npy"));
        NpyArray.OfInt64([0, 1, 0, 1], 4).Write(Path.Combine(folder, "labels.npy"));
        OnnxModelWriter.Write(Model(BaseFc1, WeightEncoding.Float32, BaseFc2, [0, 0.1f]), Path.Combine(folder, "base.onnx"));
        var prunedFc1 = storage switch
        {
            Fc1Storage.Int8 => new Int8PerChannelEncoding(new sbyte[4], [1, 1]),
            Fc1Storage.Palette => new PaletteEncoding(new byte[4], [0f], 1),
            _ => WeightEncoding.Float32,
        };
        OnnxModelWriter.Write(Model(new float[4], prunedFc1, PrunedFc2, [0, 0.2f]), Path.Combine(folder, "pruned.onnx"));
        var spec = Path.Combine(folder, "models.json");
        File.WriteAllText(spec, """
            {"models": [{"id": "base", "artifact": "base.onnx"}, {"id": "pruned", "artifact": "pruned.onnx"}],
             "dataset": {"inputs": "inputs.npy", "labels": "labels.npy", "classes": ["a", "b"]}}
            """);
        return spec;
    }

    static SequentialModel Model(float[] fc1, WeightEncoding fc1Encoding, float[] fc2, float[] fc2Bias) => new([2], 2,
    [
        new LinearLayer("fc1", new TensorData(fc1, [2, 2]), new TensorData([0, 0], [2]), fc1Encoding),
        new ReluLayer("act"),
        new LinearLayer("fc2", new TensorData(fc2, [2, 2]), new TensorData(fc2Bias, [2]), WeightEncoding.Float32),
    ]);
}
