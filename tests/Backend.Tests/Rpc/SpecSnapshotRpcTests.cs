// Requests that name the spec snapshot a view drew, through the real JSON-RPC client: they answer for that spec
// even after the file on disk turned into broken JSON, reuse a held parse instead of parsing again, and answer
// SnapshotGone when the snapshot is no longer held and the file has changed.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.DependencyInjection;
using StreamJsonRpc;

namespace Backend.Tests.Rpc;

public sealed class SpecSnapshotRpcTests : IDisposable
{
    const string TwoModels = """
        {"operations": [{"name": "Prune", "parameters": ["amount"]}],
         "models": [{"id": "a"}, {"id": "b", "base": "a", "operation": {"name": "Prune", "parameters": {"amount": 0.5}}},
                    {"id": "c", "base": "a", "operation": {"name": "Prune", "parameters": {"amount": 0.9}}}]}
        """;

    readonly string _workspace = RealPath.Of(Directory.CreateTempSubdirectory("cc-snapshot-ws-").FullName);
    string Spec => Path.Combine(_workspace, "models.json");

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    InProcessRpc Connect() => new(InProcessRpc.WithErrorData, workspaceFolders: [_workspace]);

    static Task<SpecSummary> Summarize(InProcessRpc rpc, string path) =>
        rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = path });

    static Task<SelectionExplanation> Explain(InProcessRpc rpc, string path, string? snapshot) =>
        rpc.Client.InvokeWithParameterObjectAsync<SelectionExplanation>(RpcMethods.SelectionExplain,
            new ExplainSelectionParams { Path = path, Snapshot = snapshot, ModelIds = ["b", "c"] });

    static long Parses(InProcessRpc rpc) => rpc.Services.GetRequiredService<SpecService>().Parses;

    [Fact]
    public async Task Explain_with_the_drawn_snapshot_answers_for_that_spec_after_the_file_became_invalid_json()
    {
        File.WriteAllText(Spec, TwoModels);
        using var rpc = Connect();
        var drawn = await Summarize(rpc, Spec);
        File.WriteAllText(Spec, """{"models": [{"id": "a"},""");

        var broken = await Summarize(rpc, Spec);
        var explanation = await Explain(rpc, Spec, drawn.Snapshot);

        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.InvalidJson);
        Assert.Null(broken.Snapshot);
        Assert.Equal(["b", "c"], explanation.ModelIds);
        Assert.Empty(explanation.UnknownIds);
        Assert.Equal(["0.5", "0.9"], Assert.Single(explanation.Variables).Levels);
    }

    [Fact]
    public async Task The_snapshot_is_the_hash_of_the_bytes_read_and_the_same_after_a_restart()
    {
        File.WriteAllText(Spec, TwoModels);
        using var first = Connect();
        using var second = Connect();

        var snapshot = (await Summarize(first, Spec)).Snapshot;

        Assert.Equal(SpecSnapshotStore.IdOf(File.ReadAllBytes(Spec)), snapshot);
        Assert.StartsWith("sha256:", snapshot);
        Assert.Equal(snapshot, (await Summarize(second, Spec)).Snapshot);
    }

    [Fact]
    public async Task Requests_on_an_unchanged_file_reuse_the_parse_with_or_without_the_snapshot()
    {
        File.WriteAllText(Spec, TwoModels);
        using var rpc = Connect();
        var snapshot = (await Summarize(rpc, Spec)).Snapshot;
        var afterSummarize = Parses(rpc);

        await Explain(rpc, Spec, snapshot);
        await Explain(rpc, Spec, null);
        await Explain(rpc, Spec, null);

        Assert.Equal(1, afterSummarize);
        Assert.Equal(afterSummarize, Parses(rpc));
    }

    [Fact]
    public async Task A_changed_file_is_parsed_again_by_a_request_without_a_snapshot()
    {
        File.WriteAllText(Spec, TwoModels);
        using var rpc = Connect();
        await Summarize(rpc, Spec);
        File.WriteAllText(Spec, TwoModels.Replace("0.9", "0.8"));

        var explanation = await Explain(rpc, Spec, null);

        Assert.Equal(2, Parses(rpc));
        Assert.Equal(["0.5", "0.8"], Assert.Single(explanation.Variables).Levels);
    }

    [Fact]
    public async Task A_snapshot_not_held_is_read_again_from_an_unchanged_file()
    {
        File.WriteAllText(Spec, TwoModels);
        using var before = Connect();
        var snapshot = (await Summarize(before, Spec)).Snapshot;
        using var restarted = Connect();

        var explanation = await Explain(restarted, Spec, snapshot);

        Assert.Equal(["b", "c"], explanation.ModelIds);
        Assert.Equal(1, Parses(restarted));
    }

    [Fact]
    public async Task A_snapshot_not_held_with_a_changed_file_answers_SnapshotGone_saying_the_panel_refreshes()
    {
        File.WriteAllText(Spec, TwoModels);
        using var before = Connect();
        var snapshot = (await Summarize(before, Spec)).Snapshot;
        File.WriteAllText(Spec, """{"models": [{"id": "a"},""");
        using var restarted = Connect();

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Explain(restarted, Spec, snapshot));

        Assert.Equal(RpcErrorCodes.SnapshotGone, error.ErrorCode);
        Assert.Equal(1012, error.ErrorCode);
        Assert.Contains("changed on disk", error.Message);
        var data = Assert.IsType<RpcErrorData>(error.DeserializedErrorData);
        Assert.Equal(Spec, data.File);
        Assert.Contains("refreshes", data.Hint);
    }
}
