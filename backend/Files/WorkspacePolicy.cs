// The one path policy of every reader and writer (spec, artifact, outputs, dataset, attributes, cache):
// a file must resolve, links followed, inside the workspace (or, for reading only, inside a folder the user
// allowed in a machine-scoped setting), be a regular file, and be no larger than its kind allows. A spec shared
// in a repository must never make the backend read or write elsewhere, nor hang it on a device or a FIFO.
//
// The policy is set once per connection by `initialize` and flows with each request (an async-local), so the
// services and static readers reach it without threading it through every call; the CLI gets CliDefault.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Files;

public sealed class WorkspacePolicy
{
    /// <summary>For the CLI, where no workspace is open: what the user runs is trusted.</summary>
    public const string AllowedFoldersVariable = "COMPRESS_COMPARE_ALLOWED_FOLDERS";

    static readonly AsyncLocal<WorkspacePolicy?> ambient = new();

    readonly string[] _workspaceFolders;
    readonly string[] _allowedFolders;

    /// <param name="workspaceFolders">Empty: each spec's own folder is its workspace (the CLI, or VS Code with no folder open).</param>
    public WorkspacePolicy(IReadOnlyList<string> workspaceFolders, IReadOnlyList<string> allowedFolders, bool trusted)
    {
        _workspaceFolders = [.. workspaceFolders.Where(IsUsableFolder).Select(RealPath.Of)];
        _allowedFolders = [.. allowedFolders.Where(IsUsableFolder).Select(RealPath.Of)];
        Trusted = trusted;
    }

    /// <summary>The CLI's policy: each spec's folder is its workspace; folders of <see cref="AllowedFoldersVariable"/> may be read.</summary>
    public static WorkspacePolicy CliDefault { get; } = new([],
        (Environment.GetEnvironmentVariable(AllowedFoldersVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        trusted: true);

    /// <summary>The policy of the request being served (the connection's), else the CLI's.</summary>
    public static WorkspacePolicy Current => ambient.Value ?? CliDefault;

    /// <summary>Makes <paramref name="policy"/> current for the calling async flow and everything it starts.</summary>
    public static void Use(WorkspacePolicy policy) => ambient.Value = policy;

    /// <summary>False in VS Code's Restricted Mode: specs are read, models are not run, decoded or written.</summary>
    public bool Trusted { get; }

    public IReadOnlyList<string> WorkspaceFolders => _workspaceFolders;

    public void RequireTrusted(string what)
    {
        if (!Trusted)
            throw new BackendException(RpcErrorCodes.WorkspaceUntrusted,
                $"{what} is disabled in Restricted Mode: it runs or decodes model files from this workspace, which could be hostile.",
                new RpcErrorData { Hint = "Trust the workspace (Manage Workspace Trust) if you trust its authors; the map, sidebar and diagnostics work without it." });
    }

    /// <summary>The real path of a spec file to read: inside the workspace (or an allowed folder) when one is open, regular, within the size limit.</summary>
    public string SpecToRead(string specPath)
    {
        var real = RealPath.Of(specPath);
        if (_workspaceFolders.Length > 0 && !Inside(real, _workspaceFolders) && !Inside(real, _allowedFolders))
            throw Outside(specPath, real, "read", _workspaceFolders);
        RequireFileWithin(specPath, real, FileKind.Spec);
        return real;
    }

    /// <summary>Whether the spec at <paramref name="specPath"/> may be read (see <see cref="SpecToRead"/>), without saying why not.</summary>
    public bool MayReadSpec(string specPath)
    {
        try
        {
            var real = RealPath.Of(specPath);
            return _workspaceFolders.Length == 0 || Inside(real, _workspaceFolders) || Inside(real, _allowedFolders);
        }
        catch (BackendException) { return false; }
    }

    /// <summary>
    /// The real path of a file a spec names (<paramref name="specPath"/> given) or a client names (null), checked for
    /// reading. A missing file is returned as is: callers say which field to fix.
    /// </summary>
    public string ToRead(string path, string? specPath, FileKind kind)
    {
        var real = RealPath.Of(path);
        var roots = ReadRoots(specPath is null ? null : SpecFolder(specPath));
        if (roots.Length > 0 && !Inside(real, roots))
            throw Outside(path, real, "read", roots);
        RequireFileWithin(path, real, kind, missingIsFine: true);
        return real;
    }

    /// <summary>The real path of <paramref name="relative"/> (as a spec writes it: relative to the spec file), checked for reading.</summary>
    public string SpecFileToRead(string specPath, string relative, FileKind kind)
    {
        RealPath.RequireSafeText(relative);
        return ToRead(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, relative)), specPath, kind);
    }

    /// <summary>
    /// The real path of a file that goes with one already checked (<paramref name="realCompanion"/>: a checkpoint's
    /// .arch.json, an ONNX model's external data), checked for reading: beside or below it, or in the workspace.
    /// </summary>
    public string BesideToRead(string path, string realCompanion, FileKind kind)
    {
        var real = RealPath.Of(path);
        string[] roots = [Path.GetDirectoryName(realCompanion)!, .. _workspaceFolders.Length > 0 ? [.. _workspaceFolders, .. _allowedFolders] : Array.Empty<string>()];
        if (!Inside(real, roots)) throw Outside(path, real, "read", roots);
        RequireFileWithin(path, real, kind, missingIsFine: true);
        return real;
    }

    /// <summary>Why reading <paramref name="path"/> for the spec in <paramref name="specFolder"/> would be refused, or null; for located spec diagnostics.</summary>
    /// <param name="realFolders">Folders already resolved during this parse (see RealPath.OfInKnownFolder).</param>
    public string? ReadProblem(string path, string specFolder, Dictionary<string, string> realFolders, bool folder = false)
    {
        try
        {
            var real = RealPath.OfInKnownFolder(path, realFolders);
            if (!realFolders.TryGetValue(specFolder, out var realSpecFolder)) realFolders[specFolder] = realSpecFolder = RealPath.Of(specFolder);
            var roots = ReadRoots(realSpecFolder);
            if (roots.Length > 0 && !Inside(real, roots)) throw Outside(path, real, "read", roots);
            // An image folder is a folder: only where it leads is checked (its files are, one by one, when listed).
            if (!(folder && Directory.Exists(real))) RequireFileWithin(path, real, FileKind.Model, missingIsFine: true);
            return null;
        }
        catch (BackendException e) { return e.Message; }
    }

    /// <summary>The real path of a file or folder the backend will create or replace for the spec at <paramref name="specPath"/>: never in an allowed folder, which is only read.</summary>
    public string ToWrite(string path, string specPath)
    {
        RequireTrusted("Writing models and caches");
        var real = RealPath.Of(path);
        var roots = WriteRoots(specPath);
        if (!Inside(real, roots)) throw Outside(path, real, "write", roots);
        if (FileType.Of(real) == FileTypeKind.Other)
            throw new BackendException(RpcErrorCodes.PathRefused, $"{path} is not a regular file or folder (a device, FIFO or socket); nothing was written to it.",
                new RpcErrorData { File = path, Hint = "Remove it, or point the spec elsewhere." });
        return real;
    }

    string[] ReadRoots(string? realSpecFolder)
    {
        if (_workspaceFolders.Length > 0) return [.. _workspaceFolders, .. _allowedFolders];
        // No workspace open: a spec's files stay in its folder; a path a CLI user typed is theirs to choose.
        return realSpecFolder is null ? [] : [realSpecFolder, .. _allowedFolders];
    }

    string[] WriteRoots(string specPath) => _workspaceFolders.Length > 0 ? _workspaceFolders : [SpecFolder(specPath)];

    static string SpecFolder(string specPath) => RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(specPath))!);

    static bool Inside(string real, string[] roots) => roots.Any(root => RealPath.IsInside(real, root));

    static void RequireFileWithin(string path, string real, FileKind kind, bool missingIsFine = false)
    {
        var (type, length) = FileType.StatOf(real);
        switch (type)
        {
            case FileTypeKind.Missing when missingIsFine:
                return;
            case FileTypeKind.Missing:
                throw new BackendException(RpcErrorCodes.PathRefused, $"{path} does not exist.",
                    new RpcErrorData { File = path, Hint = $"Check {kind.Setting}." });
            case FileTypeKind.Directory:
                throw new BackendException(RpcErrorCodes.PathRefused, $"{path} is a folder, not a {kind.Name} file.",
                    new RpcErrorData { File = path, Hint = $"Check {kind.Setting}." });
            case FileTypeKind.Other:
                throw new BackendException(RpcErrorCodes.PathRefused, $"{path} is not a regular file (a device, FIFO or socket); it was not opened.",
                    new RpcErrorData { File = path, Hint = $"Point {kind.Setting} at a regular file." });
        }
        if (length > kind.MaxBytes)
            throw new BackendException(RpcErrorCodes.PathRefused,
                $"{path} is {Bytes(length)}; {kind.Name} files over {Bytes(kind.MaxBytes)} are refused.",
                new RpcErrorData { File = path, Hint = $"Check {kind.Setting}: it most likely names the wrong file." });
    }

    static BackendException Outside(string path, string real, string verb, string[] roots)
    {
        var where = roots.Length == 0 ? "no folder" : string.Join(", ", roots.Take(4));
        var link = string.Equals(Path.GetFullPath(path), real, StringComparison.Ordinal) ? "" : $" (it resolves to {real})";
        return new BackendException(RpcErrorCodes.PathRefused,
            $"{path}{link} is outside the workspace ({where}); the backend does not {verb} files there.",
            new RpcErrorData
            {
                File = path,
                Hint = verb == "read"
                    ? $"Move the file into the workspace, or add its folder to the machine setting compressCompare.allowedFolders (CLI: {AllowedFoldersVariable})."
                    : "Keep the spec's models and caches inside the workspace; replace symbolic links that lead out of it.",
            });
    }

    static bool IsUsableFolder(string folder) => !string.IsNullOrWhiteSpace(folder) && !folder.Contains('\0') && Path.IsPathFullyQualified(folder);

    static string Bytes(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.#} GiB" : $"{bytes / (double)(1L << 20):0.#} MiB";
}
