// Calibrate on ONNX: every BatchNormalization's running mean and variance re-estimated on the spec's dataset exactly as
// BatchNormCalibration does for TorchSharp (PyTorch train mode, momentum=None): in one pass over the sample, each BN
// normalises with its batch's statistics (BatchNormTrainGraph), and the running statistics become the plain average over
// batches of the batch means and of the unbiased batch variances. The written model is the original graph with only
// those mean and variance initializers replaced. The sample is the feed's: evenly spread runs of whole batches, so
// "seed" is kept in the spec for the TorchSharp path and changes nothing here.
using System.Globalization;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Spec;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxQuantizedInputs;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>The same parameters as the TorchSharp operation (samples, batchSize, seed), applied to an .onnx file.</summary>
internal sealed record OnnxBatchNormCalibration(BatchNormCalibration Calibration) : IOnnxCompressionOperation
{
    public string Name => Calibration.Name;
    public OperationApplication ToApplication() => Calibration.ToApplication();

    public OnnxCompressionReport Apply(OnnxCompressionInput input, CancellationToken cancellationToken)
    {
        var progress = input.Progress ?? Progress.NoProgress.Instance;
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        var norms = edit.Graph.Node.Where(n => n.OpType == "BatchNormalization").ToArray();
        if (norms.Length == 0)
        {
            // As the TorchSharp path: a model without BatchNorm (an MLP) is its own calibration.
            edit.Save(input.Target, input.SpecPath, cancellationToken);
            return new OnnxCompressionReport([]);
        }
        var feed = input.RequireFeed(Name);
        foreach (var norm in norms) Check(edit, norm);
        edit.RequireOpset(7, "Calibrate's train-mode BatchNorm graph (broadcasting Sub and Reshape)");

        progress.Begin($"{Name}: batch statistics of {norms.Length} BatchNorm layers");
        var nodes = edit.Graph.Node.ToArray();
        var outputs = edit.Graph.Output.ToArray();
        var statistics = BatchNormTrainGraph.Build(edit, norms);
        var sums = norms.Select(n => (Mean: new double[Channels(edit, n)], Variance: new double[Channels(edit, n)])).ToArray();
        int batches = 0, instances = 0, padded = 0;
        void OnBatch(IReadOnlyList<OrtValue> values, int count)
        {
            for (var k = 0; k < statistics.Count; k++)
            {
                var dims = values[3 * k + 2].GetTensorDataAsSpan<long>();
                // A fixed-batch model's last batch is padded: its statistics would mix in rows that are not the dataset's.
                if (dims[0] != count) { padded++; return; }
                var n = dims[0] * dims[2];
                if (n < 2)
                    throw new CompressionParameterException(Name, CompressionParameterKeys.BatchSize,
                        $"BatchNorm '{norms[k].Name}' sees one value per channel in a batch of {count}, which has no variance; give a larger \"batchSize\".");
                Accumulate(sums[k].Mean, values[3 * k].GetTensorDataAsSpan<float>(), 1);
                Accumulate(sums[k].Variance, values[3 * k + 1].GetTensorDataAsSpan<float>(), n / (n - 1.0));
            }
            batches++;
            instances += count;
            progress.Report($"{instances} instances", (int)Math.Min(99, 100L * instances / Calibration.Samples));
        }
        var names = statistics.SelectMany(s => new[] { s.Mean, s.Variance, s.Dims }).ToArray();
        feed.Run(edit, names, Calibration.Samples, Calibration.BatchSize, OnBatch, cancellationToken);
        if (batches == 0)
            throw new CompressionParameterException(Name, CompressionParameterKeys.Samples,
                $"{Calibration.Samples} instances fill no whole batch of the model ({padded} padded batch{(padded == 1 ? "" : "es")} left out); raise \"samples\" to at least the model's batch size.");

        // Back to the original graph: only the running statistics change.
        edit.Graph.Node.Clear();
        edit.Graph.Node.AddRange(nodes);
        edit.Graph.Output.Clear();
        edit.Graph.Output.AddRange(outputs);
        BatchNormTrainGraph.RemoveConstants(edit);
        var report = new List<OnnxChangedWeight>();
        for (var k = 0; k < norms.Length; k++)
        {
            var how = $"re-estimated over {batches} batches ({instances} instances) in train mode";
            report.Add(Replace(edit, norms[k], 3, sums[k].Mean, batches, $"running mean {how}"));
            report.Add(Replace(edit, norms[k], 4, sums[k].Variance, batches, $"running variance {how}"));
        }
        edit.Save(input.Target, input.SpecPath, cancellationToken);
        progress.End($"{Name}: {norms.Length} BatchNorm layers calibrated on {instances} instances");
        return new OnnxCompressionReport(report);
    }

    /// <summary>Refuses, by node, a BatchNorm whose parameters are not stored float32 vectors or whose extra outputs are used.</summary>
    void Check(OnnxModelEdit edit, NodeProto norm)
    {
        var label = norm.Name.Length > 0 ? $"BatchNorm '{norm.Name}'" : $"the BatchNorm writing '{norm.Output[0]}'";
        for (var i = 1; i <= 4; i++)
            if (edit.Initializer(Input(norm, i)) is not { DataType: (int)OnnxDataType.Float } p || p.Dims.Count != 1 || p.Dims[0] != Channels(edit, norm))
                throw new OnnxModelException(edit.Source, $"{label} takes '{Input(norm, i)}', which is not a stored float32 vector like its scale; Calibrate rewrites stored statistics only.",
                    "Export the model with its BatchNorm parameters as initializers (the default of torch.onnx.export with do_constant_folding).", Input(norm, i));
        if (Attribute(norm, "spatial", 1) != 1 || Attribute(norm, "training_mode", 0) != 0 || norm.Output.Skip(1).Any(o => o.Length > 0))
            throw new OnnxModelException(edit.Source, $"{label} is not a per-channel inference BatchNorm (spatial=0, training_mode or extra outputs).",
                "Export the model in eval mode (model.eval() before torch.onnx.export).", norm.Name);
    }

    static int Channels(OnnxModelEdit edit, NodeProto norm) => (int)edit.Initializer(Input(norm, 1))!.Dims[0];

    static void Accumulate(double[] sums, ReadOnlySpan<float> batch, double factor)
    {
        for (var c = 0; c < sums.Length; c++) sums[c] += batch[c] * factor;
    }

    /// <summary>Input <paramref name="index"/> of <paramref name="norm"/> replaced by the average; a tensor shared with another node is left to it and the BN gets its own.</summary>
    static OnnxChangedWeight Replace(OnnxModelEdit edit, NodeProto norm, int index, double[] sums, int batches, string change)
    {
        var name = norm.Input[index];
        if (edit.Graph.Node.Sum(n => n.Input.Count(i => i == name)) > 1)
        {
            name = $"{name}.calibrated.{(norm.Name.Length > 0 ? norm.Name : norm.Output[0])}";
            norm.Input[index] = name;
        }
        float[] values = [.. sums.Select(s => (float)(s / batches))];
        edit.AddInitializer(name, [values.Length], values);
        return new OnnxChangedWeight(name, values.Length, change);
    }
}
