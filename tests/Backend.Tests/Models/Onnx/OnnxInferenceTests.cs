// OnnxInference: batch shapes, latency measurement, cancellation, and the latency summary's arithmetic.
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxInferenceTests
{
    [Fact]
    public void Reads_the_instance_shape_and_names_from_the_model()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("cnn.onnx");
        OnnxModelWriter.Write(OnnxTestModels.Cnn(), path);

        using var inference = new OnnxInference(path);

        Assert.Equal([1, 8, 8], inference.InstanceShape);
        Assert.Equal("input", inference.InputName);
        Assert.Equal("logits", inference.OutputName);
    }

    [Fact]
    public void Batch_of_the_wrong_length_is_refused_with_the_expected_length()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("mlp.onnx");
        OnnxModelWriter.Write(OnnxTestModels.Mlp(), path);
        using var inference = new OnnxInference(path);

        var error = Assert.Throws<ArgumentException>(() => inference.Run(new float[100], 2));

        Assert.Contains("needs 128 floats", error.Message);
    }

    [Fact]
    public void MeasureLatency_times_the_requested_runs()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("cnn.onnx");
        var model = OnnxTestModels.Cnn();
        OnnxModelWriter.Write(model, path);
        using var inference = new OnnxInference(path, intraOpThreads: 1);

        var stats = inference.MeasureLatency(OnnxTestModels.RandomBatch(model, 8), 8, warmup: 2, runs: 15);

        Assert.Equal(15, stats.Runs);
        Assert.True(stats.MinMs > 0);
        Assert.True(stats.MinMs <= stats.MedianMs && stats.MedianMs <= stats.P90Ms && stats.P90Ms <= stats.MaxMs, stats.ToString());
    }

    [Fact]
    public void MeasureLatency_stops_when_cancelled()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("mlp.onnx");
        var model = OnnxTestModels.Mlp();
        OnnxModelWriter.Write(model, path);
        using var inference = new OnnxInference(path);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            inference.MeasureLatency(OnnxTestModels.RandomBatch(model, 1), 1, warmup: 0, runs: 1000, cancellation.Token));
    }

    [Fact]
    public void LatencyStats_interpolates_percentiles_like_numpy()
    {
        var stats = LatencyStats.FromSamples([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);

        Assert.Equal(5.5, stats.MedianMs, 9);
        Assert.Equal(9.1, stats.P90Ms, 9);
        Assert.Equal(1, stats.MinMs);
        Assert.Equal(10, stats.MaxMs);
    }
}
