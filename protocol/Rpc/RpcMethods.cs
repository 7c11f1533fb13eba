// The table of every JSON-RPC method and notification: the source from which contract.json is written.
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Reports;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol.Rpc;

/// <summary>One method of the protocol: its name and the CLR types of its parameter object and result.</summary>
public sealed record RpcMethod(string Name, Type Params, Type? Result, string Description)
{
    /// <summary>True for notifications (no result).</summary>
    public bool IsNotification => Result is null;
}

public static class RpcMethods
{
    /// <summary>Bump only on a breaking change to a message or method.</summary>
    public const int ProtocolVersion = 2;

    public const string Initialize = "initialize";
    public const string SpecSummarize = "spec/summarize";
    public const string SpecValidateMany = "spec/validateMany";
    public const string SelectionExplain = "selection/explain";
    public const string ModelsEvaluate = "models/evaluate";
    public const string BehaviorsCompare = "behaviors/compare";
    public const string BehaviorsInstances = "behaviors/instances";
    public const string DatasetInstance = "dataset/instance";
    public const string LayersProbe = "layers/probe";
    public const string ModelsDiagnose = "models/diagnose";
    public const string ModelsCompress = "models/compress";
    public const string ModelsCompressOptions = "models/compressOptions";
    public const string ModelsAdd = "models/add";
    public const string ReportWrite = "report/write";
    public const string Progress = "$/progress";

    /// <summary>Types on the wire that no method names directly: the `data` of expected errors.</summary>
    public static readonly IReadOnlyList<Type> ErrorTypes = [typeof(RpcErrorData)];

    public static readonly IReadOnlyList<RpcMethod> All =
    [
        new(Initialize, typeof(InitializeParams), typeof(InitializeResult),
            "Handshake: the client's name and protocol version in, the backend's out."),
        new(SpecSummarize, typeof(SummarizeParams), typeof(SpecSummary),
            "Read and validate one spec file; the same result as the `summarize` CLI command."),
        new(SpecValidateMany, typeof(ValidateManyParams), typeof(ValidateManyResult),
            "Validate many spec files with progress and cancellation (the workspace scan)."),
        new(SelectionExplain, typeof(ExplainSelectionParams), typeof(SelectionExplanation),
            "Find the fewest, simplest variables that tell the selected models apart; the same result as the `explain` CLI command."),
        new(ModelsEvaluate, typeof(EvaluateParams), typeof(EvaluateResult),
            "Run models on the spec's dataset with progress and cancellation, caching their outputs; the same result as the `evaluate` CLI command."),
        new(BehaviorsCompare, typeof(CompareParams), typeof(BehaviorComparison),
            "Compare models' predictions with a base model's: overall, per class, per subgroup, and the instances compression flips; the same result as the `compare` CLI command."),
        new(BehaviorsInstances, typeof(InstancesParams), typeof(InstancesPage),
            "One sorted, filtered page of per-instance predictions of the compared models (the Behaviors table's instance rows)."),
        new(DatasetInstance, typeof(InstanceParams), typeof(InstanceData),
            "One instance of the spec's dataset, ready to draw (image pixels or text)."),
        new(LayersProbe, typeof(ProbeParams), typeof(ProbeResult),
            "Per-tensor and per-module weight statistics of a base and other models, matched by name and shape, streamed tensor by tensor; the same result as the `probe` CLI command."),
        new(ModelsDiagnose, typeof(DiagnoseParams), typeof(DiagnoseResult),
            "Which layer broke it: a compressed model's modules ranked by how much of its metric gap to its base each recovers when restored to the base's weights, with the base's sensitivity to each, on a sample of the spec's dataset, with progress and cancellation; the same result as the `diagnose` CLI command."),
        new(ModelsCompress, typeof(CompressParams), typeof(CompressResult),
            "Apply one operation to a model, once per parameter set (a sweep), measure each child and append them all to the spec in one write, with progress and cancellation (nothing is left behind when cancelled); the same result as the `compress` CLI command."),
        new(ModelsCompressOptions, typeof(CompressOptionsParams), typeof(CompressOptionsResult),
            "The operations the backend can run on one model, with their declared parameters, and for the others why not (the Compress… form)."),
        new(ModelsAdd, typeof(AddModelParams), typeof(AddModelResult),
            "Append a model file made elsewhere (.onnx, .safetensors) to a spec, measured as `compress` measures its children, with progress and cancellation (nothing is written when cancelled); the same result as the `add` CLI command."),
        new(ReportWrite, typeof(WriteReportParams), typeof(ReportResult),
            "Write a shareable report (HTML, or Markdown with SVG charts) on selected models: budgets, the Pareto set within them, Selection Details, Behaviors and Layers against the base, and the commands that reproduce it; the same result as the `report` CLI command."),
        new(Progress, typeof(ProgressParams), null,
            "Notification from the backend: progress of a request that carried a workDoneToken."),
    ];
}
