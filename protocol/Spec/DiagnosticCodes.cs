// The one list of spec diagnostic kinds and severities; tests, the CLI and the extension refer to these strings.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Spec;

/// <summary>The kinds of spec diagnostic (SpecDiagnostic.Code).</summary>
public static class DiagnosticCodes
{
    public const string InvalidJson = "invalid-json";
    public const string WrongType = "wrong-type";
    public const string MissingField = "missing-field";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownBase = "unknown-base";
    public const string Cycle = "cycle";
    public const string MetricNotNumber = "metric-not-number";
    public const string UndeclaredMetric = "undeclared-metric";
    public const string UndeclaredOperation = "undeclared-operation";
    public const string DuplicateMetric = "duplicate-metric";
    public const string DuplicateOperation = "duplicate-operation";
    public const string FileUnreadable = "file-unreadable";
    public const string PathOutsideSpecFolder = "path-outside-spec-folder";
    public const string FileMissing = "file-missing";
    /// <summary>The last diagnostic of a spec with more problems than are listed (SpecDiagnosticSink.MaxDiagnostics).</summary>
    public const string TooManyProblems = "too-many-problems";
    /// <summary>A spec with more models than ModelReader.MaxModels: the rest are left out.</summary>
    public const string TooManyModels = "too-many-models";
    /// <summary>A dataset field that does not fit the dataset's "task" (labels of the wrong kind, a threshold outside 0–1).</summary>
    public const string TaskMismatch = "task-mismatch";
}

/// <summary>How serious a spec diagnostic is (SpecDiagnostic.Severity).</summary>
[JsonConverter(typeof(WireEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    Error,
    Warning,
    Information,
}
