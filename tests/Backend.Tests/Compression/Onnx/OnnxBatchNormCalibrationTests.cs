// Calibrate on ONNX against statistics computed by hand: two BatchNorms in a row, fed two batches of different sizes
// (and a padded one that must be left out), or read from an .npy dataset through the real feed in batches of a
// requested size, end with running means and variances equal to the average over batches
// of each batch's mean and unbiased variance, the second BN seeing the first one's train-mode output. The written model
// is the original graph with only those four tensors changed, and passes the ONNX checker.
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxBatchNormCalibrationTests : IDisposable
{
    const float Epsilon = 1e-3f;
    static readonly float[] Scale1 = [2f, 0.5f], Shift1 = [0.5f, -1f];

    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.yaml");

    /// <summary>x[N,2,1,2] → bn1 → h → bn2 → y, with running statistics far from the data's.</summary>
    static ModelProto TwoNorms()
    {
        var graph = new GraphProto { Name = "norms" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "N", 2, 1, 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, "N", 2, 1, 2));
        foreach (var (prefix, scale, shift) in new[] { ("bn1", Scale1, Shift1), ("bn2", new[] { 1f, 1f }, new[] { 0f, 0f }) })
        {
            graph.Initializer.Add(Floats($"{prefix}.weight", scale, [2]));
            graph.Initializer.Add(Floats($"{prefix}.bias", shift, [2]));
            graph.Initializer.Add(Floats($"{prefix}.running_mean", [9f, 9f], [2]));
            graph.Initializer.Add(Floats($"{prefix}.running_var", [4f, 4f], [2]));
        }
        graph.Node.Add(Node("BatchNormalization", "bn1", ["x", "bn1.weight", "bn1.bias", "bn1.running_mean", "bn1.running_var"], "h", Float("epsilon", Epsilon)));
        graph.Node.Add(Node("BatchNormalization", "bn2", ["h", "bn2.weight", "bn2.bias", "bn2.running_mean", "bn2.running_var"], "y", Float("epsilon", Epsilon)));
        return OnnxProtoModels.Model(graph, 13);
    }

    static readonly float[][] Batches =
    [
        [0.5f, 1.5f, -2f, 4f, 3f, -1f, 0f, 2.5f, 1f, 1f, 6f, -3f],
        [-0.5f, 2f, 1f, 1.25f, 4f, 0f, -2f, 3f],
    ];

    [Fact]
    public void Running_statistics_become_the_average_of_each_batchs_mean_and_unbiased_variance_with_both_norms_in_train_mode()
    {
        var source = TwoNorms().Save(_folder.File("base.onnx"));
        // A third batch whose last row is padding (count 1 of 2 rows) must not count.
        var feed = new BatchesFeed(Spec, [.. Batches.Select(b => (b, b.Length / 4)), ([7f, 7f, 7f, 7f, 0f, 0f, 0f, 0f], 1)]);

        var report = new OnnxBatchNormCalibration(new BatchNormCalibration(Samples: 5))
            .Apply(new OnnxCompressionInput(source, _folder.File("calibrated.onnx"), Spec, feed), default);

        AssertCalibrated(_folder.File("calibrated.onnx"), Batches);
        var w = OnnxPruneModels.Weights(_folder.File("calibrated.onnx"));
        Assert.Equal(Scale1, w["bn1.weight"]);
        Assert.Equal(["bn1.running_mean", "bn1.running_var", "bn2.running_mean", "bn2.running_var"], report.Weights.Select(r => r.Name));
        Assert.All(report.Weights, r => Assert.Contains("over 2 batches (5 instances)", r.Change));

        var before = ModelProto.Parser.ParseFrom(File.ReadAllBytes(source)).Graph;
        var after = ModelProto.Parser.ParseFrom(File.ReadAllBytes(_folder.File("calibrated.onnx"))).Graph;
        Assert.Equal(before.Node, after.Node);
        Assert.Equal(before.Output, after.Output);
        Assert.Equal(before.Initializer.Select(i => i.Name).Order(), after.Initializer.Select(i => i.Name).Order());
        OnnxChecker.AssertValid(_folder.File("calibrated.onnx"));
    }

    [Fact]
    public void A_spec_without_a_dataset_is_refused_naming_what_to_add_and_nothing_is_written()
    {
        var source = TwoNorms().Save(_folder.File("base.onnx"));

        var e = Assert.Throws<CompressionParameterException>(() => OnnxCompressionOperations.Create(new() { Name = "Calibrate", Parameters = new Dictionary<string, System.Text.Json.JsonElement>() })
            .Apply(new OnnxCompressionInput(source, _folder.File("calibrated.onnx"), Spec), default));

        Assert.Contains("\"dataset\"", e.Message);
        Assert.False(File.Exists(_folder.File("calibrated.onnx")));
    }

    [Fact]
    public void An_unknown_parameter_is_refused_by_name()
    {
        var e = Assert.Throws<CompressionParameterException>(() => OnnxCompressionOperations.Create(new()
        {
            Name = "Calibrate",
            Parameters = new Dictionary<string, System.Text.Json.JsonElement> { ["epochs"] = System.Text.Json.JsonSerializer.SerializeToElement(2) },
        }));
        Assert.Equal("epochs", e.Parameter);
    }

    [Fact]
    public void The_dataset_feed_runs_batches_of_the_requested_size_and_each_counts_as_one_batch()
    {
        var source = TwoNorms().Save(_folder.File("base.onnx"));
        float[] all = [.. Batches[0], .. Batches[1]];
        var (specPath, feed) = NpyDatasetFeed.Create(_folder, "base.onnx", all, 5, 2, 1, 2);

        var report = new OnnxBatchNormCalibration(new BatchNormCalibration(Samples: 5, BatchSize: 2))
            .Apply(new OnnxCompressionInput(source, _folder.File("calibrated.onnx"), specPath, feed), default);

        // Five instances in batches of two: rows 0–1, 2–3 and 4 alone.
        AssertCalibrated(_folder.File("calibrated.onnx"), [all[..8], all[8..16], all[16..]]);
        Assert.All(report.Weights, r => Assert.Contains("over 3 batches (5 instances)", r.Change));
    }

    /// <summary>
    /// The running statistics computed by hand for <paramref name="batches"/> of x[N,2,1,2]: per batch and channel the mean and
    /// unbiased variance over N·L values, averaged over batches; BN2 sees BN1's train-mode output, whose batch mean is BN1's
    /// shift and whose biased variance is scale²·v/(v+ε).
    /// </summary>
    static void AssertCalibrated(string model, IReadOnlyList<float[]> batches)
    {
        double[] mean1 = new double[2], var1 = new double[2], mean2 = new double[2], var2 = new double[2];
        foreach (var batch in batches)
            for (var c = 0; c < 2; c++)
            {
                var values = Enumerable.Range(0, batch.Length / 4).SelectMany(n => new[] { batch[n * 4 + c * 2], batch[n * 4 + c * 2 + 1] }).Select(v => (double)v).ToArray();
                var m = values.Average();
                var biased = values.Sum(v => (v - m) * (v - m)) / values.Length;
                var unbias = values.Length / (values.Length - 1.0);
                mean1[c] += m / batches.Count;
                var1[c] += biased * unbias / batches.Count;
                mean2[c] += Shift1[c] / (double)batches.Count;
                var2[c] += Scale1[c] * Scale1[c] * biased / (biased + Epsilon) * unbias / batches.Count;
            }
        var w = OnnxPruneModels.Weights(model);
        AssertClose(mean1, w["bn1.running_mean"]);
        AssertClose(var1, w["bn1.running_var"]);
        AssertClose(mean2, w["bn2.running_mean"]);
        AssertClose(var2, w["bn2.running_var"]);
    }

    static void AssertClose(double[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected[i])), $"[{i}]: expected {expected[i]}, got {actual[i]}");
    }

    /// <summary>Runs the edited model on given batches of x[rows,2,1,2], each with how many of its rows are real.</summary>
    sealed class BatchesFeed(string specPath, IReadOnlyList<(float[] Values, int Count)> batches) : IOnnxFeed
    {
        public int Run(OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize, Action<IReadOnlyList<OrtValue>, int> onBatch,
            CancellationToken cancellationToken)
        {
            // Its batches are the test's own: a run that asks for a batch size would get other batches than it asked for.
            Assert.Null(batchSize);
            var file = Path.Combine(Path.GetDirectoryName(specPath)!, $"feed-{Guid.NewGuid():N}.onnx");
            model.Save(file, specPath, cancellationToken);
            using var session = new InferenceSession(file);
            var ran = 0;
            foreach (var (values, count) in batches)
            {
                using var x = OrtValue.CreateTensorValueFromMemory(values, [values.Length / 4, 2, 1, 2]);
                using var results = session.Run(new RunOptions(), ["x"], [x], [.. outputs]);
                onBatch([.. results], count);
                ran += count;
            }
            File.Delete(file);
            return ran;
        }
    }
}
