// The explainer behind its two doors, reading a spec file on disk: the `explain` CLI command and the
// `selection/explain` method through the real JSON-RPC configuration (camelCase, framing) in process.
using CompressCompare.Protocol.ModelMap;
using System.Text.Json;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class ExplainEndToEndTests : IDisposable
{
    static readonly string[] CalibratedSubtrees = ["cnn-prune50", "cnn-prune70", "cnn-prune90", "cnn-prune50-cal", "cnn-prune70-cal", "cnn-prune90-cal"];

    readonly string _dir = Directory.CreateTempSubdirectory("cc-explain-").FullName;
    readonly string _spec;

    public ExplainEndToEndTests()
    {
        _spec = Path.Combine(_dir, "models.json");
        var models = ExplainerSpecs.DemoTree().Models.Select(m => m.Operation is null
            ? (object)new { id = m.Id }
            : new { id = m.Id, @base = m.Base, operation = new { name = m.Operation.Name, parameters = m.Operation.Parameters } });
        File.WriteAllText(_spec, JsonSerializer.Serialize(new { models }));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_explain_command_prints_amount_and_calibrate_for_two_pruning_subtrees()
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout)
            .RunAsync(["explain", _spec, "--models", string.Join(",", CalibratedSubtrees) + ",not-a-model"], CancellationToken.None);
        Assert.Equal(CliRunner.ExitOk, exit);
        var output = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal(CalibratedSubtrees, output.GetProperty("modelIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["not-a-model"], output.GetProperty("unknownIds").EnumerateArray().Select(e => e.GetString()));
        var variables = output.GetProperty("variables").EnumerateArray().ToArray();
        Assert.Equal(["Magnitude Prune · amount", "Calibrate"], variables.Select(v => v.GetProperty("name").GetString()));
        Assert.True(variables[0].GetProperty("numeric").GetBoolean());
        Assert.Equal([0, 0, 0, 1, 1, 1], variables[1].GetProperty("values").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Selection_explain_over_json_rpc_returns_the_variables_in_camel_case()
    {
        using var rpc = new InProcessRpc();
        var client = rpc.Client;

        var result = await client.InvokeWithParameterObjectAsync<SelectionExplanation>(RpcMethods.SelectionExplain,
            new ExplainSelectionParams { Path = _spec, ModelIds = ["cnn-prune10", "cnn-prune30", "cnn-prune50", "cnn-prune70", "cnn-prune90", "cnn-prune99"] });

        var amount = Assert.Single(result.Variables);
        Assert.Equal(("Magnitude Prune · amount", VariableKind.Parameter, true), (amount.Name, amount.Kind, amount.Numeric));
        Assert.Equal(["0.1", "0.3", "0.5", "0.7", "0.9", "0.99"], amount.Levels);
        Assert.Equal([0, 1, 2, 3, 4, 5], amount.Values);
    }
}
