// The JSON-RPC surface: one thin method per RpcMethods entry, each delegating to a capability service from the
// composition root (BackendServices), the same instances the CLI commands use.
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.ModelMap;
using System.Reflection;
using System.Runtime.CompilerServices;
using CompressCompare.Backend.AddModel;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Reports;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public sealed partial class BackendRpcTarget(
    SpecService specs, ModelMapService map, EvaluationService evaluation, BehaviorService behaviors, LayerService layers,
    DiagnoseService diagnose, CompressService compress, AddModelService add, ReportService reports, ILogger<BackendRpcTarget>? logger = null)
{
    /// <summary>
    /// What requests may touch. Until `initialize` says otherwise nothing is trusted: specs are read, models are not run.
    /// </summary>
    WorkspacePolicy _policy = new([], [], trusted: false);

    /// <summary>Where this connection's requests run ONNX models (`initialize`'s executionProvider); the CPU until told.</summary>
    ExecutionProvider _provider = ExecutionProvider.Cpu;

    /// <summary>The connection this target serves; set once attached, used to send `$/progress`.</summary>
    public JsonRpc? Connection { get; set; }

    IWorkProgress ProgressFor(string? token) =>
        string.IsNullOrEmpty(token) || Connection is null ? NoProgress.Instance : new RpcWorkProgress(Connection, token);

    // Single-object deserialization: vscode-jsonrpc sends a lone object argument as named parameters,
    // which StreamJsonRpc would otherwise try to match to parameter names and fail with -32602.
    [JsonRpcMethod(RpcMethods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (request.ProtocolVersion != RpcMethods.ProtocolVersion)
            throw ToRpc(new BackendException(RpcErrorCodes.ProtocolMismatch,
                $"The extension speaks protocol {request.ProtocolVersion}, this backend speaks {RpcMethods.ProtocolVersion}.",
                new RpcErrorData { Hint = "Reinstall the extension so its bundled backend matches, or clear the compressCompare.backend.path setting." }));
        _policy = new WorkspacePolicy(request.WorkspaceFolders ?? [], request.AllowedFolders ?? [], request.Trusted);
        try
        {
            _provider = ExecutionProvider.Parse(request.ExecutionProvider, "The setting compressCompare.evaluation.executionProvider");
        }
        catch (BackendException e)
        {
            throw ToRpc(e);
        }
        logger?.LogInformation("ONNX Runtime execution provider: {Provider}", _provider.Name);
        logger?.LogInformation("Workspace: {Folders}; allowed folders: {Allowed}; {Trust}",
            request.WorkspaceFolders is { Count: > 0 } folders ? string.Join(", ", folders) : "each spec's folder",
            request.AllowedFolders is { Count: > 0 } allowed ? string.Join(", ", allowed) : "none", request.Trusted ? "trusted" : "Restricted Mode");
        return new InitializeResult
        {
            ProtocolVersion = RpcMethods.ProtocolVersion,
            BackendVersion = typeof(BackendRpcTarget).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ProcessId = Environment.ProcessId,
        };
    }

    [JsonRpcMethod(RpcMethods.SpecSummarize, UseSingleObjectParameterDeserialization = true)]
    public Task<SpecSummary> SummarizeAsync(SummarizeParams request, CancellationToken cancellationToken) =>
        Guard(() => map.SummarizeAsync(request.Path, request.Text, cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.SpecValidateMany, UseSingleObjectParameterDeserialization = true)]
    public Task<ValidateManyResult> ValidateManyAsync(ValidateManyParams request, CancellationToken cancellationToken) =>
        Guard(() => specs.ValidateManyAsync(request.Paths ?? [], ProgressFor(request.WorkDoneToken), cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.SelectionExplain, UseSingleObjectParameterDeserialization = true)]
    public Task<SelectionExplanation> ExplainSelectionAsync(ExplainSelectionParams request, CancellationToken cancellationToken) =>
        Guard(() => map.ExplainSelectionAsync(request.Path, request.Text, request.Snapshot, request.ModelIds ?? [], cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.ModelsEvaluate, UseSingleObjectParameterDeserialization = true)]
    public Task<EvaluateResult> EvaluateAsync(EvaluateParams request, CancellationToken cancellationToken) =>
        Guard(() => evaluation.EvaluateAsync(request.Path, request.Snapshot, request.ModelIds, ProgressFor(request.WorkDoneToken), cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.BehaviorsCompare, UseSingleObjectParameterDeserialization = true)]
    public Task<BehaviorComparison> CompareAsync(CompareParams request, CancellationToken cancellationToken) =>
        Guard(() => behaviors.CompareAsync(request.Path, request.Snapshot, request.BaseId, request.ModelIds ?? [], ProgressFor(request.WorkDoneToken), cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.BehaviorsInstances, UseSingleObjectParameterDeserialization = true)]
    public Task<InstancesPage> InstancesAsync(InstancesParams request, CancellationToken cancellationToken) =>
        Guard(() => behaviors.InstancesAsync(request, cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.DatasetInstance, UseSingleObjectParameterDeserialization = true)]
    public Task<InstanceData> InstanceAsync(InstanceParams request, CancellationToken cancellationToken) =>
        Guard(() => behaviors.InstanceAsync(request.Path, request.Snapshot, request.Instance, cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.LayersProbe, UseSingleObjectParameterDeserialization = true)]
    public Task<ProbeResult> ProbeAsync(ProbeParams request, CancellationToken cancellationToken) =>
        Guard(() => layers.ProbeAsync(request, ProgressFor(request.WorkDoneToken), cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.ModelsDiagnose, UseSingleObjectParameterDeserialization = true)]
    public Task<DiagnoseResult> DiagnoseAsync(DiagnoseParams request, CancellationToken cancellationToken) =>
        Guard(() => diagnose.DiagnoseAsync(request, ProgressFor(request.WorkDoneToken), cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.ModelsCompress, UseSingleObjectParameterDeserialization = true)]
    public Task<CompressResult> CompressAsync(CompressParams request, CancellationToken cancellationToken) =>
        Guard(async () => CompressResults.Of(await compress.CompressManyAsync(CompressResults.RequestOf(request, ProgressFor(request.WorkDoneToken)), cancellationToken)),
            cancellationToken);

    [JsonRpcMethod(RpcMethods.ModelsCompressOptions, UseSingleObjectParameterDeserialization = true)]
    public Task<CompressOptionsResult> CompressOptionsAsync(CompressOptionsParams request, CancellationToken cancellationToken) =>
        Guard(() => compress.OptionsAsync(request.Path, request.ModelId, cancellationToken), cancellationToken);

    [JsonRpcMethod(RpcMethods.ModelsAdd, UseSingleObjectParameterDeserialization = true)]
    public Task<AddModelResult> AddModelAsync(AddModelParams request, CancellationToken cancellationToken) =>
        Guard(() => add.AddAsync(new AddModelRequest(request.Path, request.Artifact, request.Id, request.Base, request.Operation, request.Tags, request.Measure)
        { Progress = ProgressFor(request.WorkDoneToken) }, cancellationToken), cancellationToken);

    /// <summary>For tests: runs at the start of each request's work, where a test can hold one request while it sends others.</summary>
    internal Func<string, CancellationToken, Task>? BeforeWork;

    /// <summary>
    /// Runs a request on the thread pool (never on StreamJsonRpc's dispatch thread, so a long parse cannot stall the
    /// connection or its `$/cancelRequest`), under this connection's path policy. Expected failures keep their code;
    /// anything else is logged with its stack and answered without it.
    /// </summary>
    internal async Task<T> Guard<T>(Func<Task<T>> work, CancellationToken cancellationToken, [CallerMemberName] string method = "")
    {
        var (policy, provider) = (_policy, _provider);
        try
        {
            return await Task.Run(async () =>
            {
                WorkspacePolicy.Use(policy);
                ExecutionProvider.Use(provider);
                if (BeforeWork is { } before) await before(method, cancellationToken);
                return await work();
            }, CancellationToken.None);
        }
        catch (BackendException e) { throw ToRpc(e); }
        catch (OperationCanceledException) { throw; }
        catch (Exception e)
        {
            logger?.LogError(e, "{Method} failed unexpectedly", method);
            throw new LocalRpcException($"The backend failed unexpectedly ({e.GetType().Name}) in {method.Replace("Async", "")}; nothing was changed.")
            {
                ErrorCode = RpcErrorCodes.InternalError,
                ErrorData = new RpcErrorData { Hint = "Show the log (Compress & Compare: Show Log) for details, and report it with the file that caused it." },
            };
        }
    }

    static LocalRpcException ToRpc(BackendException e) =>
        new(e.Message) { ErrorCode = e.Code, ErrorData = e.ErrorData };
}
