// The loop that int8 quantization and palettization share: encode each selected layer weight, write the
// values the encoding stands for back into a clone, and record the encoding for export.
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;

namespace CompressCompare.Backend.Compression;

internal static class WeightEncoder
{
    /// <param name="encode">From a weight's values and shape to its encoding.</param>
    public static TorchClassifier EncodeSelected(TorchClassifier model, ParameterSelection selection, string operation,
        Func<float[], int[], WeightEncoding> encode, CancellationToken cancellationToken)
    {
        var result = model.Clone();
        try
        {
            var encodings = new Dictionary<string, WeightEncoding>(result.WeightEncodings);
            foreach (var parameter in selection.Select(result, operation, layerWeightsOnly: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var shape = TensorValues.Shape(parameter.Tensor);
                var encoding = encode(TensorValues.ToArray(parameter.Tensor), shape);
                // The clone holds exactly what the exported file will decode to, so torch accuracy = file accuracy.
                TensorValues.Assign(parameter.Tensor, WeightEncodingValues.Dequantize(encoding, shape)!);
                encodings[parameter.LayerName] = encoding;
            }
            return result.WithEncodings(encodings);
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
