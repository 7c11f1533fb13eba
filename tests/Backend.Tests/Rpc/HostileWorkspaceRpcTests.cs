// A hostile repository opened in VS Code, through the real JSON-RPC client: links that lead out of the
// workspace, devices, a linked cache folder, Restricted Mode, and a long parse that must not block the connection.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using StreamJsonRpc;

namespace Backend.Tests.Rpc;

public sealed class HostileWorkspaceRpcTests : IDisposable
{
    readonly string _workspace = RealPath.Of(Directory.CreateTempSubdirectory("cc-hostile-ws-").FullName);
    readonly string _outside = RealPath.Of(Directory.CreateTempSubdirectory("cc-hostile-out-").FullName);
    string Spec => Path.Combine(_workspace, "models.json");

    public HostileWorkspaceRpcTests()
    {
        // A 4 → 3 MLP on six instances: evaluating it needs ONNX Runtime only.
        OnnxModelWriter.Write(OnnxTestModels.Mlp(2, 4, 3), Path.Combine(_workspace, "mlp.onnx"));
        NpyArray.OfFloats([.. Enumerable.Range(0, 24).Select(i => i / 24f)], 6, 4).Write(Path.Combine(_workspace, "x.npy"));
        NpyArray.OfInt64([0, 1, 2, 0, 1, 2], 6).Write(Path.Combine(_workspace, "y.npy"));
        File.WriteAllText(Path.Combine(_outside, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    }

    public void Dispose()
    {
        Directory.Delete(_workspace, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    void WriteSpec(string models) => File.WriteAllText(Spec, $$"""
        {"dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["a", "b", "c"]}, "models": [{{models}}]}
        """);

    InProcessRpc Connect(bool trusted = true) => new(InProcessRpc.WithErrorData, workspaceFolders: [_workspace], trusted: trusted);

    static Task<EvaluateResult> Evaluate(InProcessRpc rpc, string spec) =>
        rpc.Client.InvokeWithParameterObjectAsync<EvaluateResult>(RpcMethods.ModelsEvaluate, new EvaluateParams { Path = spec })
            .WaitAsync(TimeSpan.FromSeconds(60)); // a hang fails the test instead of stalling the suite

    [Fact]
    public async Task A_model_inside_the_workspace_evaluates()
    {
        WriteSpec("""{"id": "mlp", "artifact": "mlp.onnx"}""");
        using var rpc = Connect();
        var result = await Evaluate(rpc, Spec);
        Assert.Null(result.Models[0].Error);
        Assert.Equal(6, result.Models[0].Instances);
    }

    [Fact]
    public async Task An_artifact_linked_out_of_the_workspace_is_that_models_error_and_a_located_diagnostic()
    {
        File.Copy(Path.Combine(_workspace, "mlp.onnx"), Path.Combine(_outside, "elsewhere.onnx"));
        File.CreateSymbolicLink(Path.Combine(_workspace, "linked.onnx"), Path.Combine(_outside, "elsewhere.onnx"));
        WriteSpec("""{"id": "mlp", "artifact": "mlp.onnx"}, {"id": "linked", "artifact": "linked.onnx"}""");
        using var rpc = Connect();
        var result = await Evaluate(rpc, Spec);
        Assert.Null(result.Models[0].Error);
        Assert.Contains("outside the workspace", result.Models[1].Error);
        var summary = await rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = Spec });
        Assert.Contains(summary.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSpecFolder && d.ModelId == "linked" && d.Message.Contains("resolves to"));
    }

    [Fact]
    public async Task An_artifact_linked_to_a_device_is_refused_at_once_instead_of_hashed_forever()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace, "random.onnx"), "/dev/urandom");
        WriteSpec("""{"id": "random", "artifact": "random.onnx"}""");
        using var rpc = Connect();
        Assert.NotNull((await Evaluate(rpc, Spec)).Models[0].Error);
    }

    [Fact]
    public async Task Outputs_linked_to_a_system_file_never_put_its_lines_into_the_error()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace, "outputs.csv"), Path.Combine(_outside, "passwd"));
        WriteSpec("""{"id": "leak", "outputs": "outputs.csv"}""");
        using var rpc = Connect();
        var error = (await Evaluate(rpc, Spec)).Models[0].Error;
        Assert.NotNull(error);
        Assert.DoesNotContain("root:", error);
    }

    [Fact]
    public async Task A_linked_cache_folder_gets_no_writes_and_the_request_says_why()
    {
        Directory.CreateSymbolicLink(Path.Combine(_workspace, ".compress-compare"), _outside);
        WriteSpec("""{"id": "mlp", "artifact": "mlp.onnx"}""");
        using var rpc = Connect();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Evaluate(rpc, Spec));
        Assert.Equal(RpcErrorCodes.PathRefused, error.ErrorCode);
        Assert.Equal(["passwd"], Directory.GetFileSystemEntries(_outside).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_spec_linked_to_dev_zero_is_refused_not_read()
    {
        var spec = Path.Combine(_workspace, "zero.models.json");
        File.CreateSymbolicLink(spec, "/dev/zero");
        using var rpc = Connect();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = spec }).WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(RpcErrorCodes.PathRefused, error.ErrorCode);
        // The workspace scan reports it as that spec's problem and goes on to the next.
        WriteSpec("""{"id": "mlp", "artifact": "mlp.onnx"}""");
        var scan = await rpc.Client.InvokeWithParameterObjectAsync<ValidateManyResult>(RpcMethods.SpecValidateMany, new ValidateManyParams { Paths = [spec, Spec] });
        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(scan.Results[0].Diagnostics).Code);
        Assert.Equal(1, scan.Results[1].ModelCount);
    }

    [Fact]
    public async Task Restricted_mode_reads_specs_but_runs_no_model()
    {
        WriteSpec("""{"id": "mlp", "artifact": "mlp.onnx"}""");
        using var rpc = Connect(trusted: false);
        var summary = await rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = Spec });
        Assert.Equal("mlp", Assert.Single(summary.Models).Id);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Evaluate(rpc, Spec));
        Assert.Equal(RpcErrorCodes.WorkspaceUntrusted, error.ErrorCode);
        Assert.False(Directory.Exists(Path.Combine(_workspace, ".compress-compare")));
    }

    [Fact]
    public async Task A_spec_outside_the_workspace_folders_is_refused()
    {
        File.WriteAllText(Path.Combine(_outside, "models.json"), """{"models": []}""");
        using var rpc = Connect();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(
            RpcMethods.SpecSummarize, new SummarizeParams { Path = Path.Combine(_outside, "models.json") }));
        Assert.Equal(RpcErrorCodes.PathRefused, error.ErrorCode);
    }

    [Fact]
    public async Task A_request_at_work_neither_blocks_other_requests_nor_misses_its_cancel()
    {
        WriteSpec("");
        using var rpc = Connect();
        // The first request is held at the start of its work until it is cancelled; on the connection's dispatch
        // thread (where a summarize of editor text used to run) it would stall every later message, its cancel included.
        var (held, cancelled) = (new TaskCompletionSource(), new TaskCompletionSource());
        rpc.Target.BeforeWork = (_, cancellationToken) =>
        {
            rpc.Target.BeforeWork = null;
            held.SetResult();
            // Blocks its thread as a long parse does, until cancelled.
            if (cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60))) cancelled.SetResult();
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        };
        using var cancel = new CancellationTokenSource();
        var slow = rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize,
            new SummarizeParams { Path = Spec, Text = """{"models": [{"id": "a"}]}""" }, cancel.Token);
        await held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var quick = await rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = Spec })
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Empty(quick.Models);
        Assert.False(slow.IsCompleted);
        cancel.Cancel();
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the backend's work saw `$/cancelRequest`
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow.WaitAsync(TimeSpan.FromSeconds(60)));
    }
}
