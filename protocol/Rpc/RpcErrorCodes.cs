// Application error codes of the backend, in one place (JSON-RPC reserves -32768..-32000).
namespace CompressCompare.Protocol.Rpc;

/// <summary>The backend's application error codes (JSON-RPC reserves -32768..-32000; the client's own are negative).</summary>
public static class RpcErrorCodes
{
    /// <summary>The spec file could not be read (missing, unreadable, too large).</summary>
    public const int SpecUnreadable = 1001;
    /// <summary>The request's parameters are invalid (a relative path, an empty list...).</summary>
    public const int InvalidRequest = 1002;
    /// <summary>The client and backend speak different protocol versions.</summary>
    public const int ProtocolMismatch = 1003;
    /// <summary>A spec changed on disk between being read and being written; nothing was written.</summary>
    public const int SpecChanged = 1004;
    /// <summary>A spec cannot take the requested change (no "models" array, a duplicate id...).</summary>
    public const int SpecNotWritable = 1005;
    /// <summary>A model's outputs on the dataset cannot be computed or read (no dataset, no artifact, unloadable model, bad outputs file).</summary>
    public const int ModelNotEvaluable = 1006;
    /// <summary>A path resolves (symlinks followed) outside the workspace and the allowed folders, or is not a regular file, or is too large for its kind.</summary>
    public const int PathRefused = 1007;
    /// <summary>The workspace is in Restricted Mode: reading specs works, running or decoding models does not until the workspace is trusted.</summary>
    public const int WorkspaceUntrusted = 1008;
    /// <summary>The backend failed in a way it did not expect; the log has the details.</summary>
    public const int InternalError = 1009;
    /// <summary>A model, weights, dataset or outputs file is damaged or not of its format (sizes or offsets that do not fit, a header past its limit...).</summary>
    public const int ModelFileInvalid = 1010;
    /// <summary>Decoding a file would take more memory than the backend's budget (COMPRESS_COMPARE_MEMORY_BUDGET_MB).</summary>
    public const int MemoryBudgetExceeded = 1011;
    /// <summary>The request named a spec snapshot the backend no longer holds, and the file on disk has changed since: the panel re-reads the spec and asks again.</summary>
    public const int SnapshotGone = 1012;
    /// <summary>The execution provider asked for (compressCompare.evaluation.executionProvider, or --execution-provider) cannot run here: a CPU-only backend build, no GPU, or missing CUDA libraries. Nothing ran on another provider instead.</summary>
    public const int ExecutionProviderUnavailable = 1013;
}
