// Calibrate on a real third-party model through the real dataset feed: NuGet's CNTK ResNet-18 (opset 8, fixed batch 1)
// calibrated on a small .npy dataset of noise images runs in train mode, changes every BatchNorm's running mean and
// variance (noise is far from the images it was trained on), keeps the statistics finite with positive variances, and
// the result runs in ONNX Runtime and passes the ONNX checker.
// Skipped only where the NuGet fixture is absent (scripts/setup.sh restores it).
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace Backend.Tests.Compression.Onnx;

public sealed class ResNet18CalibrationTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [ResNet18Fact]
    public void Calibrating_resnet18_on_noise_images_changes_every_batchnorms_statistics_and_it_still_runs()
    {
        var source = _folder.File("resnet18.onnx");
        File.Copy(ThirdPartyModels.ResNet18, source);
        const int Images = 3;
        var random = new Random(11);
        var (specPath, feed) = NpyDatasetFeed.Create(_folder, "resnet18.onnx",
            [.. Enumerable.Range(0, Images * 3 * 224 * 224).Select(_ => random.NextSingle() * 255)], Images, 3, 224, 224);
        var target = _folder.File("calibrated.onnx");

        var report = new OnnxBatchNormCalibration(new BatchNormCalibration(Samples: Images))
            .Apply(new OnnxCompressionInput(source, target, specPath, feed), default);

        var before = OnnxPruneModels.Weights(source);
        var after = OnnxPruneModels.Weights(target);
        var norms = ModelProto.Parser.ParseFrom(File.ReadAllBytes(source)).Graph.Node.Where(n => n.OpType == "BatchNormalization").ToArray();
        Assert.Equal(2 * norms.Length, report.Weights.Count);
        Assert.All(report.Weights, r => Assert.Contains($"over {Images} batches ({Images} instances)", r.Change));
        foreach (var norm in norms)
        {
            Assert.NotEqual(before[norm.Input[3]], after[norm.Input[3]]);
            Assert.NotEqual(before[norm.Input[4]], after[norm.Input[4]]);
            Assert.All(after[norm.Input[3]], v => Assert.True(float.IsFinite(v)));
            Assert.All(after[norm.Input[4]], v => Assert.True(float.IsFinite(v) && v > 0));
            Assert.Equal(before[norm.Input[1]], after[norm.Input[1]]);
        }
        Assert.False(Directory.EnumerateFiles(_folder.Path, "*.calibration.onnx").Any(), "the feed's temporary model is left behind");

        ResNet18PruningTests.AssertRuns(target);
        OnnxChecker.AssertValid(target);
    }
}
