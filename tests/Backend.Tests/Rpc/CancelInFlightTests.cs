// `$/cancelRequest` for a request at work: the method stops and the client is answered RequestCanceled (-32800), the
// answer the extension gets when a panel supersedes an explain or an instance page. Deterministic, without sleeps: the
// Guard's BeforeWork seam holds the request until the server-side token is cancelled and then lets the method run on
// with that cancelled token, so the answer shows whether the method itself observes it (else it would return a result).
// The requests name the spec's snapshot, as the panels' requests do: the spec is then not read again, so no file read
// can notice the cancel on the method's behalf.
using Backend.Tests.Behaviors;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Backend.Tests.Rpc;

public sealed class CancelInFlightTests : IDisposable
{
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    readonly BehaviorSpecFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public Task Selection_explain_cancelled_at_work_stops_and_answers_RequestCanceled() =>
        AssertCancelledAtWork(RpcMethods.SelectionExplain, snapshot => new ExplainSelectionParams { Path = _folder.Spec, Snapshot = snapshot, ModelIds = ["A", "B", "C"] });

    [Fact]
    public Task Behaviors_instances_cancelled_at_work_stops_and_answers_RequestCanceled() =>
        AssertCancelledAtWork(RpcMethods.BehaviorsInstances, snapshot => new InstancesParams { Path = _folder.Spec, Snapshot = snapshot, BaseId = "A", ModelIds = ["A", "B", "C"], Offset = 0, Limit = 10 });

    [Fact]
    public async Task The_same_requests_uncancelled_answer_with_results()
    {
        // The other half of the tests above: with the same spec and outputs, neither method fails on its own.
        using var rpc = new InProcessRpc(outputs: BehaviorSpecFolder.Outputs());
        var explanation = await rpc.Client.InvokeWithParameterObjectAsync<SelectionExplanation>(RpcMethods.SelectionExplain,
            new ExplainSelectionParams { Path = _folder.Spec, ModelIds = ["A", "B", "C"] });
        Assert.Equal(["A", "B", "C"], explanation.ModelIds);
        var page = await rpc.Client.InvokeWithParameterObjectAsync<InstancesPage>(RpcMethods.BehaviorsInstances,
            new InstancesParams { Path = _folder.Spec, BaseId = "A", ModelIds = ["A", "B", "C"], Offset = 0, Limit = 10 });
        Assert.Equal(6, page.Total);
    }

    async Task AssertCancelledAtWork(string method, Func<string, object> request)
    {
        RecordingClient? client = null;
        using var rpc = new InProcessRpc(handler => client = new RecordingClient(handler), outputs: BehaviorSpecFolder.Outputs());
        var summary = await rpc.Client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize, new SummarizeParams { Path = _folder.Spec });
        var snapshot = Assert.IsType<string>(summary.Snapshot);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rpc.Target.BeforeWork = async (_, cancellationToken) =>
        {
            held.SetResult();
            // Waits for `$/cancelRequest` without throwing: from here on only the method's own code can notice it.
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        };
        var answer = client!.NextResponse();
        using var cancel = new CancellationTokenSource();
        var call = rpc.Client.InvokeWithParameterObjectAsync<object>(method, request(snapshot), cancel.Token);
        await held.Task.WaitAsync(Bound);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Bound));
        var error = Assert.IsAssignableFrom<JsonRpcError>(await answer.WaitAsync(Bound));
        Assert.Equal(JsonRpcErrorCode.RequestCanceled, error.Error?.Code);
    }

    /// <summary>A client that hands out the next response it receives, as it came off the wire.</summary>
    sealed class RecordingClient(IJsonRpcMessageHandler handler) : JsonRpc(handler)
    {
        TaskCompletionSource<JsonRpcMessage>? _next;

        public Task<JsonRpcMessage> NextResponse()
        {
            _next = new TaskCompletionSource<JsonRpcMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        protected override void OnResponseReceived(JsonRpcMessage response)
        {
            base.OnResponseReceived(response);
            _next?.TrySetResult(response);
        }
    }
}
