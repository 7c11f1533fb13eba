// Precomputed outputs named by a model's "outputs": CSV and Arrow files written here, checked against the
// dataset's instance and class counts.
using Backend.Tests.Demo;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;
using CompressCompare.Protocol.Evaluation;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class PrecomputedOutputsTests(DemoFixture demo)
{
    static readonly string[] Classes = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    int[] Labels() => [.. CompressCompare.Backend.Data.NpyArray.Read(Path.Combine(demo.Folder, "data/test-labels.npy")).Integers!.Select(l => (int)l)];

    /// <summary>Confident of the label on even instances, of (label + 1) mod 10 on odd ones: accuracy is exactly the share of even indices.</summary>
    static float[] Row(int index, int label)
    {
        var row = new float[10];
        Array.Fill(row, 0.02f);
        row[index % 2 == 0 ? label : (label + 1) % 10] = 0.82f;
        return row;
    }

    static string Csv(int[] labels, Func<int, int, float[]> row, string[] header, int rows) =>
        string.Join(",", header) + "\n" + string.Join("\n", Enumerable.Range(0, rows).Select(i =>
            string.Join(",", header.Select(h => h == "label" ? labels[i % labels.Length].ToString() : row(i, labels[i % labels.Length])[int.Parse(h.TrimStart('p'))].ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));

    DemoWorkspace WithOutputs(string file) =>
        new(demo, [("pre", null)], new Dictionary<string, string> { ["pre"] = $"\"outputs\": \"{file}\"" });

    [Fact]
    public async Task A_csv_with_class_name_columns_in_any_order_and_a_label_column_is_read_as_probabilities()
    {
        using var workspace = WithOutputs("pre.csv");
        var labels = Labels();
        string[] header = ["label", .. Classes.Reverse()];
        File.WriteAllText(Path.Combine(workspace.Folder, "pre.csv"), Csv(labels, Row, header, labels.Length));
        var entry = Assert.Single((await Service().EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, default)).Models);
        Assert.Null(entry.Error);
        Assert.Equal((ModelSource.Precomputed, false, 450), (entry.Source, entry.Cached, entry.Instances));
        Assert.Equal(225 / 450.0, entry.Accuracy!.Value, 9);
        var outputs = await Service().GetOutputsAsync(workspace.Summary(), "pre", NoProgress.Instance, default);
        Assert.Equal(Row(1, labels[1]), outputs.Probabilities[10..20]);
        Assert.Equal((labels[1] + 1) % 10, outputs.Predicted[1]);
        Assert.Equal(0.82f, outputs.Confidence[0]);
    }

    [Fact]
    public async Task Logits_in_a_csv_are_softmaxed()
    {
        using var workspace = WithOutputs("logits.csv");
        var labels = Labels();
        File.WriteAllText(Path.Combine(workspace.Folder, "logits.csv"), Csv(labels, (i, l) => [.. Row(i, l).Select(p => p * 10 - 3)], Classes, labels.Length));
        var outputs = await Service().GetOutputsAsync(workspace.Summary(), "pre", NoProgress.Instance, default);
        Assert.Equal(1f, outputs.Probabilities[..10].Sum(), 5);
        Assert.Equal(labels[0], outputs.Predicted[0]);
        Assert.Equal(MathF.Exp(8) / (MathF.Exp(8) + 9), outputs.Confidence[0], 5);
    }

    [Fact]
    public async Task An_arrow_file_as_the_cache_writes_it_is_read_back()
    {
        using var workspace = WithOutputs("pre.arrow");
        var labels = Labels();
        var written = ModelOutputsBuilder.FromRaw("elsewhere", [.. Enumerable.Range(0, labels.Length).SelectMany(i => Row(i, labels[i]))], labels.Length, 10);
        using (var stream = File.Create(Path.Combine(workspace.Folder, "pre.arrow")))
            ArrowOutputsFile.Write(stream, written, new Dictionary<string, string>());
        var outputs = await Service().GetOutputsAsync(workspace.Summary(), "pre", NoProgress.Instance, default);
        Assert.Equal(written.Probabilities, outputs.Probabilities);
        Assert.Equal(written.Predicted, outputs.Predicted);
        Assert.Equal("pre", outputs.ModelId);
    }

    [Theory]
    [InlineData(449, 10, "449 rows, but the dataset has 450 instances")]
    [InlineData(450, 9, "9 class columns, but the dataset has 10 classes")]
    public async Task A_file_of_the_wrong_size_is_that_models_error(int rows, int classes, string message)
    {
        using var workspace = WithOutputs("bad.csv");
        File.WriteAllText(Path.Combine(workspace.Folder, "bad.csv"), Csv(Labels(), Row, Classes[..classes], rows));
        var entry = Assert.Single((await Service().EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, default)).Models);
        Assert.Contains(message, entry.Error);
        Assert.Null(entry.Accuracy);
    }
}
