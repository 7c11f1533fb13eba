// The real path of a file: every symbolic link along it followed, ".." taken after the link it follows (as
// the OS does), so the path policy judges where a read or write really lands, not how the path is spelled.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Files;

public static class RealPath
{
    /// <summary>As Linux's ELOOP: past this many links a path is a loop or an attack.</summary>
    const int MaxLinks = 40;

    static readonly char[] Separators = OperatingSystem.IsWindows() ? ['\\', '/'] : ['/'];

    /// <summary>The absolute path with every link resolved; components that do not exist yet are kept as written.</summary>
    public static string Of(string path)
    {
        RequireSafeText(path);
        var full = Path.IsPathFullyQualified(path) ? path : Path.Join(Environment.CurrentDirectory, path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new BackendException(RpcErrorCodes.PathRefused, $"{path} goes through more than {MaxLinks} symbolic links (a loop?).",
                    new RpcErrorData { File = path, Hint = "Replace the links with the files they should point to." });
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>
    /// <see cref="Of"/> with the folder's real path remembered: a spec of 100,000 models names 100,000 files in a few
    /// folders, and resolving each folder again took a second per parse. For advisory checks (spec diagnostics) only:
    /// reads and writes resolve afresh, so a folder swapped for a link since cannot slip past them.
    /// </summary>
    public static string OfInKnownFolder(string path, Dictionary<string, string> folders)
    {
        RequireSafeText(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null) return Of(full);
        if (!folders.TryGetValue(folder, out var realFolder))
        {
            if (folders.Count >= 4096) folders.Clear();
            folders[folder] = realFolder = Of(folder);
        }
        var inRealFolder = Path.Join(realFolder, Path.GetFileName(full));
        return LinkTarget(inRealFolder) is null ? inRealFolder : Of(inRealFolder);
    }

    /// <summary>Whether <paramref name="path"/> (a real path) is <paramref name="folder"/> (a real path) or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = folder.TrimEnd(Separators);
        if (trimmed.Length == 0) return true; // the file-system root
        return path.Equals(trimmed, comparison) ||
               path.StartsWith(trimmed, comparison) && path.Length > trimmed.Length && Separators.Contains(path[trimmed.Length]);
    }

    /// <summary>A NUL cannot be passed to the OS, and .NET throws a bare ArgumentException on it: refuse it with a reason.</summary>
    public static void RequireSafeText(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0'))
            throw new BackendException(RpcErrorCodes.PathRefused, "A path is empty or holds a NUL character.",
                new RpcErrorData { Hint = "Write the path as plain text, relative to the spec file." });
    }

    static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
