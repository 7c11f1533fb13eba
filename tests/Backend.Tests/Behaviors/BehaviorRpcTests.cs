// `dataset/instance` and the behaviour errors across the real JSON-RPC configuration (camelCase, error data).
using Backend.Tests.Rpc;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Rpc;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Backend.Tests.Behaviors;

public sealed class BehaviorRpcTests : IAsyncDisposable
{
    readonly BehaviorSpecFolder _folder = new();
    readonly JsonRpc _server;
    readonly JsonRpc _client;

    public BehaviorRpcTests()
    {
        var (a, b) = FullDuplexStream.CreatePair();
        _server = RpcConnection.Attach(a, a, TestBackend.RpcTarget(), NullLogger.Instance);
        _client = new ErrorDataClient(new HeaderDelimitedMessageHandler(b, b, new SystemTextJsonFormatter { JsonSerializerOptions = WireJson.CreateOptions() }));
        _client.StartListening();
        InProcessRpc.Initialize(_client);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        await Task.WhenAll(_client.Completion, _server.Completion).ContinueWith(_ => { });
        _folder.Dispose();
    }

    [Fact]
    public async Task Dataset_instance_answers_pixels_shape_label_and_attributes()
    {
        NpyArray.OfFloats([0, 0, 0, 0, 0, 0, 0, 0, 1f, 0.2f, 0, 0], 6, 1, 2).Write(Path.Combine(_folder.Root, "x.npy"));
        var data = await _client.InvokeWithParameterObjectAsync<InstanceData>(RpcMethods.DatasetInstance, new InstanceParams { Path = _folder.Spec, Instance = 4 });
        Assert.Equal((4, 1, "image"), (data.Instance, data.Label, WireEnum.Name(data.Kind)));
        Assert.Equal([1, 2, 1], data.Shape);
        Assert.Equal(new byte[] { 255, 51 }, Convert.FromBase64String(data.Pixels!));
        Assert.Equal("x", data.Attributes["g"]);
    }

    [Fact]
    public async Task Compare_with_an_unknown_model_is_error_1002_naming_the_model()
    {
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => _client.InvokeWithParameterObjectAsync<BehaviorComparison>(
            RpcMethods.BehaviorsCompare, new CompareParams { Path = _folder.Spec, BaseId = "A", ModelIds = ["missing"] }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.ErrorCode);
        Assert.Equal("missing", Assert.IsType<RpcErrorData>(error.DeserializedErrorData).ModelId);
    }

    [Theory]
    [InlineData("""{"field": "size", "modelId": "B"}""", null, "\"size\" is not a InstanceSortField; use \"flips\", \"correct\", \"confidence\", \"confidenceChange\", \"kl\", \"agrees\", \"cosine\", \"mse\", \"relativeL2\" or \"labelMse\"")]
    [InlineData(null, """{"change": "worse", "modelId": "B"}""", "\"worse\" is not a InstanceChange; use \"all\", \"fixed\"")]
    [InlineData("""{"field": "Flips"}""", null, "\"Flips\" is not a InstanceSortField")]
    [InlineData("""{"field": 0}""", null, "a JSON number is not a InstanceSortField")]
    public async Task Instances_with_an_unknown_word_are_refused_naming_the_allowed_words(string? sort, string? filter, string expected)
    {
        var request = new Dictionary<string, object?>
        {
            ["path"] = _folder.Spec,
            ["baseId"] = "A",
            ["modelIds"] = new[] { "A", "B" },
            ["offset"] = 0,
            ["limit"] = 10,
            ["sort"] = sort is null ? null : System.Text.Json.JsonDocument.Parse(sort).RootElement,
            ["filter"] = filter is null ? null : System.Text.Json.JsonDocument.Parse(filter).RootElement,
        };
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => _client.InvokeWithParameterObjectAsync<InstancesPage>(RpcMethods.BehaviorsInstances, request));
        // Refused while reading the request (StreamJsonRpc's invocation error), before any work: the message names what to send.
        Assert.Equal((int)JsonRpcErrorCode.InvocationError, error.ErrorCode);
        Assert.Contains(expected, error.Message);
    }

    sealed class ErrorDataClient(IJsonRpcMessageHandler handler) : JsonRpc(handler)
    {
        protected override Type GetErrorDetailsDataType(JsonRpcError error) => typeof(RpcErrorData);
    }
}
