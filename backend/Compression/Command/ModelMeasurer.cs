// Measures an exported model the way it ships: accuracy and latency from ONNX Runtime on the .onnx file,
// size from the file (as stored and deflated), sparsity and parameter count from the weights the file holds.
using System.IO.Compression;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Compression.Command;

public sealed record MeasurementOptions(int EvaluationBatch = 256, int LatencyBatch = 64, int LatencyWarmup = 5, int LatencyRuns = 30);

public static class ModelMeasurer
{
    public static Dictionary<string, double?> Measure(string onnxPath, ClassificationDataset test, MeasurementOptions options,
        CancellationToken cancellationToken)
    {
        var metrics = new Dictionary<string, double?>();
        using (var session = new OnnxInference(onnxPath))
        {
            AddAccuracy(metrics, session, test, options.EvaluationBatch, cancellationToken);
            var batch = Math.Min(options.LatencyBatch, test.Count);
            var latency = session.MeasureLatency(test.Inputs[..(batch * test.Features)], batch, options.LatencyWarmup, options.LatencyRuns, cancellationToken);
            metrics[ExperimentMetrics.Latency] = Math.Round(latency.MedianMs, 4);
            metrics[ExperimentMetrics.LatencyP90] = Math.Round(latency.P90Ms, 4);
        }
        metrics[ExperimentMetrics.ModelSize] = new FileInfo(onnxPath).Length;
        metrics[ExperimentMetrics.CompressedSize] = DeflatedSize(onnxPath);
        var (weights, zeros, parameters) = CountWeights(OnnxModelReader.ReadDequantizedWeights(onnxPath));
        metrics[ExperimentMetrics.Sparsity] = weights == 0 ? 0 : Math.Round((double)zeros / weights, 6);
        metrics[ExperimentMetrics.Parameters] = parameters;
        return metrics;
    }

    /// <summary>Bytes of the file through DeflateStream at the optimal level: the same codec and level for every model.</summary>
    public static long DeflatedSize(string path)
    {
        using var counter = new ByteCounter();
        using (var deflate = new DeflateStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path))
            file.CopyTo(deflate);
        return counter.Length;
    }

    /// <summary>A write-only stream that keeps only the count: the deflated bytes themselves are not needed.</summary>
    sealed class ByteCounter : Stream
    {
        long length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }

    static void AddAccuracy(Dictionary<string, double?> metrics, OnnxInference session, ClassificationDataset test, int batchSize,
        CancellationToken cancellationToken)
    {
        var classes = test.Classes;
        int top1 = 0, top5 = 0;
        var perClassRight = new int[classes];
        var perClassCount = new int[classes];
        for (var start = 0; start < test.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(batchSize, test.Count - start);
            var logits = session.Run(test.Inputs[(start * test.Features)..((start + n) * test.Features)], n);
            for (var i = 0; i < n; i++)
            {
                var row = logits.AsSpan(i * classes, classes);
                var label = test.Labels[start + i];
                // Rank of the true class: how many classes score strictly higher (ties resolved in its favour).
                var rank = 0;
                for (var c = 0; c < classes; c++) if (row[c] > row[label]) rank++;
                perClassCount[label]++;
                if (rank == 0) { top1++; perClassRight[label]++; }
                if (rank < 5) top5++;
            }
        }
        metrics[ExperimentMetrics.Top1] = Math.Round((double)top1 / test.Count, 6);
        metrics[ExperimentMetrics.Top5] = Math.Round((double)top5 / test.Count, 6);
        for (var c = 0; c < classes; c++)
            metrics[ExperimentMetrics.ClassAccuracy(test.ClassNames[c])] = perClassCount[c] == 0 ? null : Math.Round((double)perClassRight[c] / perClassCount[c], 6);
    }

    /// <summary>Weights are the 2-D and 4-D tensors (Linear, Conv); every float tensor counts as parameters.</summary>
    static (long Weights, long Zeros, long Parameters) CountWeights(IReadOnlyDictionary<string, TensorData> tensors)
    {
        long weights = 0, zeros = 0, parameters = 0;
        foreach (var (name, tensor) in tensors)
        {
            // Running statistics are buffers, not parameters.
            if (name.EndsWith(".running_mean", StringComparison.Ordinal) || name.EndsWith(".running_var", StringComparison.Ordinal)) continue;
            parameters += tensor.Count;
            if (tensor.Shape.Length is 2 or 4 && name.EndsWith(".weight", StringComparison.Ordinal))
            {
                weights += tensor.Count;
                foreach (var v in tensor.Values) if (v == 0f) zeros++;
            }
        }
        return (weights, zeros, parameters);
    }
}
