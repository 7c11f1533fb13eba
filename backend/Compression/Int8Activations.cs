// Int8 Quantize's "activations" and "samples" parameters, read the same way for a TorchSharp checkpoint and an ONNX model so a
// spec means one thing on either: "none" quantizes the weights alone; "static" also quantizes the activations the quantized
// layers read, with ranges calibrated by running the model on `samples` instances of the spec's dataset, which only the
// ONNX path does (OnnxInt8Quantization).
namespace CompressCompare.Backend.Compression;

public static class Int8Activations
{
    public const string None = "none";
    public const string Static = "static";
    /// <summary>Calibration instances when the spec gives none: as many as ONNX Runtime's examples calibrate on, and a few seconds of a ResNet.</summary>
    public const int DefaultSamples = 256;
    public const int MaxSamples = 100_000;

    /// <summary>
    /// The activations mode and calibration size. "samples" is accepted with "none" (a sweep may give it to every run) but has no
    /// effect there, so the spec records it only for "static".
    /// </summary>
    internal static (string Activations, int Samples) Read(OperationParameters parameters) =>
        (parameters.Choice(CompressionParameterKeys.Activations, None, None, Static),
         parameters.Int(CompressionParameterKeys.Samples, DefaultSamples, 1, MaxSamples));
}
