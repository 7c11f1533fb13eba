// Decoding a WeightEncoding back to float32 weights, with exactly the arithmetic of ONNX's DequantizeLinear
// (int8 · scale in float32) and Gather (codebook lookup), so "equal to the module" means equal after export.
namespace CompressCompare.Backend.Models.Torch;

public static class WeightEncodingValues
{
    /// <summary>The float32 weights an encoding stands for, or null for Float32 (the weights are stored as they are).</summary>
    public static float[]? Dequantize(WeightEncoding encoding, int[] weightShape)
    {
        var count = weightShape.Aggregate(1, (a, b) => a * b);
        switch (encoding)
        {
            case Float32Encoding:
                return null;
            case Int8PerChannelEncoding int8:
                {
                    var channels = weightShape[0];
                    if (int8.Quantized.Length != count || int8.Scales.Length != channels)
                        throw new ArgumentException($"An int8 encoding of {int8.Quantized.Length} values and {int8.Scales.Length} scales does not fit a weight shaped [{string.Join(", ", weightShape)}].");
                    var perChannel = count / channels;
                    var values = new float[count];
                    for (var i = 0; i < count; i++)
                        values[i] = int8.Quantized[i] * int8.Scales[i / perChannel];
                    return values;
                }
            case PaletteEncoding palette:
                {
                    if (palette.Indices.Length != count || palette.Codebook.Length != 1 << palette.Bits)
                        throw new ArgumentException($"A {palette.Bits}-bit palette of {palette.Indices.Length} indices and {palette.Codebook.Length} entries does not fit a weight shaped [{string.Join(", ", weightShape)}].");
                    var values = new float[count];
                    for (var i = 0; i < count; i++)
                        values[i] = palette.Codebook[palette.Indices[i]];
                    return values;
                }
            default:
                throw new NotSupportedException($"Unknown weight encoding {encoding.GetType().Name}.");
        }
    }
}
