// A failure the backend did not expect reaches the client as InternalError: what failed and where to look,
// never the exception's message (it may quote file content) or its stack (it goes to the log).
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace Backend.Tests.Rpc;

public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task An_unexpected_exception_answers_InternalError_with_its_type_and_without_its_message_or_stack()
    {
        var target = TestBackend.RpcTarget();
        var error = await Assert.ThrowsAsync<LocalRpcException>(() =>
            target.Guard<int>(() => throw new InvalidOperationException("secret file content"), CancellationToken.None, "ProbeAsync"));
        Assert.Equal(RpcErrorCodes.InternalError, error.ErrorCode);
        Assert.Contains("InvalidOperationException", error.Message);
        Assert.Contains("Probe", error.Message);
        Assert.DoesNotContain("secret", error.Message);
        var data = Assert.IsType<RpcErrorData>(error.ErrorData);
        Assert.Contains("Show Log", data.Hint);
        Assert.DoesNotContain("   at ", System.Text.Json.JsonSerializer.Serialize(data));
    }
}
