// Integration: the real evaluation engine runs the demo's ONNX models and the comparison reads its outputs.
using Backend.Tests.Demo;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Behaviors;

[Collection(TorchSharpTests.Name)]
public sealed class DemoComparisonTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Comparing_demo_models_gives_measured_accuracy_ink_subgroups_and_exemplars()
    {
        var specs = new SpecService(NullLogger<SpecService>.Instance);
        var summary = await specs.ReadAsync(demo.Report.Spec, null, CancellationToken.None);
        var compressed = summary.Models.Where(m => m.Base == DemoPlan.Cnn).Select(m => m.Id).Take(4).ToList();
        var service = new BehaviorService(specs, new EvaluationService(specs));

        var result = await service.CompareAsync(demo.Report.Spec, null, DemoPlan.Cnn, compressed, NoProgress.Instance, CancellationToken.None);

        Assert.Equal([DemoPlan.Cnn, .. compressed], result.Models);
        Assert.Equal(1.0, result.Overall[DemoPlan.Cnn].Agreement);
        // The demo's metrics were measured on the same test split: the comparison's accuracy must match them.
        foreach (var id in result.Models)
            Assert.Equal(summary.Models.Single(m => m.Id == id).Metrics[ExperimentMetrics.Top1]!.Value, result.Overall[id].Accuracy!.Value, 3);
        Assert.Equal(["heavy", "light", "medium"], result.Subgroups.Where(s => s.Attribute == "ink").Select(s => s.Value));
        Assert.Equal(result.InstanceCount, result.Subgroups.Where(s => s.Attribute == "border").Sum(s => s.Count));
        Assert.All(result.Exemplars, e => Assert.InRange(e.Flips, 1, compressed.Count));

        var image = await service.InstanceAsync(demo.Report.Spec, null, 0, CancellationToken.None);
        Assert.Equal([8, 8, 1], image.Shape);
        Assert.Contains("ink", image.Attributes.Keys);
    }

    [Fact]
    public async Task Demo_instances_are_8_by_8_grey_images_with_their_ink_and_border()
    {
        var service = new BehaviorService(new SpecService(NullLogger<SpecService>.Instance), new EvaluationService(new SpecService(NullLogger<SpecService>.Instance)));
        var image = await service.InstanceAsync(demo.Report.Spec, null, 3, CancellationToken.None);
        Assert.Equal([8, 8, 1], image.Shape);
        var pixels = Convert.FromBase64String(image.Pixels!);
        Assert.Equal(64, pixels.Length);
        // Digits are stored in [0, 1]: ink reaches full white, the background stays black.
        Assert.Equal(0, pixels.Min());
        Assert.True(pixels.Max() > 200);
        Assert.Contains(image.Attributes[DemoAttributes.Ink], DemoAttributes.InkLevels);
        Assert.Contains(image.Attributes[DemoAttributes.Border], new[] { "true", "false" });
    }
}
