// Activation probing on the digits demo's real models: a TorchSharp checkpoint and its ONNX export agree,
// pruning changes every module's output while int8 barely does, cancellation stops between models, and the
// CLI prints the activations.
using Backend.Tests.Demo;
using System.Text.Json;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Layers;

[Collection(TorchSharpTests.Name)]
public sealed class DemoActivationTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    /// <summary>Every module output of the demo CNN: three conv stages of four modules, flatten, then the head.</summary>
    static readonly IReadOnlyList<string> DemoCnnOutputs =
        [.. Enumerable.Range(0, 12).Select(i => $"features.{i}"), "flatten", "classifier.0", "classifier.1", "logits"];

    static LayerService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    ProbeParams Request(string baseId, string[] models, int instances) =>
        new() { Path = demo.Report.Spec, BaseId = baseId, ModelIds = models, Activations = instances };

    [Fact]
    public async Task A_torchsharp_checkpoint_and_its_onnx_export_give_the_same_outputs()
    {
        // A spec beside the demo's that names the base CNN's .dat checkpoint and its .onnx export as two models.
        var spec = Path.Combine(demo.Folder, "dat-and-onnx.json");
        File.WriteAllText(spec, File.ReadAllText(demo.Report.Spec).Replace("\"models\": [",
            "\"models\": [{\"id\": \"cnn-dat\", \"artifact\": \"models/cnn.dat\"}, "));
        var result = await Service().ProbeAsync(new ProbeParams { Path = spec, BaseId = "cnn-dat", ModelIds = ["cnn"], Activations = 32 },
            NoProgress.Instance, CancellationToken.None);

        var activations = result.Activations!;
        Assert.Empty(activations.Unmatched);
        Assert.Equal([.. DemoCnnOutputs], activations.Outputs.Select(o => o.Name));
        Assert.Equal("classifier.2", activations.Outputs[^1].Module);
        foreach (var output in activations.Outputs)
        {
            var (dat, onnx) = (output.Models[0]!, output.Models[1]!);
            Assert.Equal(32, output.Shape[0]);
            Assert.InRange(onnx.RelL2!.Value, 0, 1e-5);
            // A tolerance, not rounding to 4 places: float noise of 1e-7 can straddle a rounding boundary.
            Assert.Equal(dat.Mean, onnx.Mean, 1e-4);
            Assert.Equal(dat.Std, onnx.Std, 1e-4);
            Assert.Equal(dat.Sparsity, onnx.Sparsity, 2);
        }
    }

    [Fact]
    public async Task Pruning_changes_every_module_output_and_int8_stays_close_to_its_parent()
    {
        var result = await Service().ProbeAsync(Request("cnn", ["cnn-prune90", "cnn-int8"], 64), NoProgress.Instance, CancellationToken.None);
        var activations = result.Activations!;
        Assert.Equal(64, activations.Instances);
        Assert.Equal(activations.InstanceIndices.Order(), activations.InstanceIndices);
        Assert.Empty(activations.Unmatched);
        Assert.Equal(DemoCnnOutputs.Count, activations.Outputs.Count);
        foreach (var output in activations.Outputs)
        {
            var (baseStats, pruned, int8) = (output.Models[0]!, output.Models[1]!, output.Models[2]!);
            Assert.Equal(0, baseStats.RelL2);
            // Global pruning spares most of the small first convolution (its weights are the largest), so its
            // output moves least (about 8%); every later output moves far more.
            Assert.True(pruned.RelL2 > 0.05, $"{output.Name}: pruning 90% changed the output by only {pruned.RelL2}");
            Assert.InRange(int8.RelL2!.Value, 1e-6, 0.05);
        }
        // Weights are probed as before, beside the activations.
        Assert.Contains(result.Tensors, t => t.Name == "features.0.weight");
    }

    [Fact]
    public async Task Cancelling_while_a_model_runs_stops_before_the_next_one()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(message =>
        {
            if (message.StartsWith("Running cnn-prune90", StringComparison.Ordinal)) cancellation.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Service().ProbeAsync(Request("cnn", ["cnn-prune90", "cnn-int8"], 64), progress, cancellation.Token));
        Assert.Contains("Running cnn on 64 instances", progress.Messages);
        Assert.DoesNotContain(progress.Messages, m => m.StartsWith("Running cnn-int8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_begins_and_ends_once_for_weights_and_activations()
    {
        var progress = new RecordingProgress(_ => { });
        await Service().ProbeAsync(Request("cnn", ["cnn-prune50"], 8), progress, CancellationToken.None);
        Assert.Equal(1, progress.Begins);
        Assert.Equal(1, progress.Ends);
        Assert.Contains("Running cnn-prune50 on 8 instances", progress.Messages);
        Assert.Equal(progress.Percentages.Order(), progress.Percentages);
    }

    [Fact]
    public async Task Probe_cli_prints_activations_outputs_with_activations_n()
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(
            ["probe", "--spec", demo.Report.Spec, "--base", "cnn", "--models", "cnn-prune50", "--activations", "16"], CancellationToken.None);
        Assert.Equal(CliRunner.ExitOk, exit);
        var activations = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("activations");
        Assert.Equal(16, activations.GetProperty("instances").GetInt32());
        var output = activations.GetProperty("outputs")[0];
        Assert.Equal("features.0", output.GetProperty("name").GetString());
        Assert.Equal(16, output.GetProperty("shape")[0].GetInt32());
        Assert.Equal(2, output.GetProperty("models").GetArrayLength());
        Assert.True(output.GetProperty("models")[1].GetProperty("relL2").GetDouble() > 0);
    }

    [Fact]
    public async Task Layers_probe_over_rpc_binds_activations_and_answers_them()
    {
        using var rpc = new InProcessRpc();
        var result = await rpc.Client.InvokeWithParameterObjectAsync<ProbeResult>(RpcMethods.LayersProbe, Request("mlp", ["mlp-prune90"], 12));
        Assert.Equal(12, result.Activations!.Instances);
        Assert.Equal("classifier.0", result.Activations.Outputs[0].Name);
        Assert.Equal([12L, 64], result.Activations.Outputs[0].Shape);
    }

    sealed class RecordingProgress(Action<string> onMessage) : IWorkProgress
    {
        public List<string> Messages { get; } = [];
        public List<int> Percentages { get; } = [];
        public int Begins { get; private set; }
        public int Ends { get; private set; }

        public void Begin(string message) { Begins++; Messages.Add(message); }
        public void Report(string message, int percentage) { Messages.Add(message); Percentages.Add(percentage); onMessage(message); }
        public void End(string message) { Ends++; Messages.Add(message); }
    }
}
