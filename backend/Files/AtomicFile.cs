// Files the backend writes appear whole or not at all: each is written under a temporary name in its final
// folder, then renamed into place. A new file never replaces an existing one (a hard link is atomic and fails
// when the name is taken, where a rename would silently replace it); only files the backend itself owns (its
// caches, a spec it appends to) are replaced. Temporary files of a run that was killed are removed later.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Files;

public static partial class AtomicFile
{
    public const string TempSuffix = ".cc-tmp";
    /// <summary>A temp file this old is left over from a killed run even when its process id was reused.</summary>
    static readonly TimeSpan StaleAfter = TimeSpan.FromHours(6);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string source, string linkTarget);

    /// <summary>A fresh temporary name next to <paramref name="path"/>, hidden, carrying this process's id (see <see cref="RemoveStaleTemps"/>).</summary>
    public static string TempPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");

    /// <summary>Writes <paramref name="path"/> whole, replacing a file the backend owns (a cache entry); new files go through <see cref="PublishNew"/>.</summary>
    public static void WriteReplacing(string path, Action<Stream> write)
    {
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>Gives the finished file <paramref name="temp"/> the name <paramref name="path"/>, atomically and never over an existing file.</summary>
    public static void PublishNew(string temp, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(temp, path) == 0)
            {
                File.Delete(temp);
                return;
            }
            var errno = Marshal.GetLastPInvokeError();
            if (errno == 17 /* EEXIST, the same on Linux and macOS */) throw Exists(path);
            // File systems without hard links (FAT, some network mounts) fall through to a checked rename.
        }
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            throw Exists(path);
        }
    }

    /// <summary>Removes this backend's temp files in <paramref name="folder"/> whose writer is gone; returns how many.</summary>
    public static int RemoveStaleTemps(string folder)
    {
        var removed = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, $".*{TempSuffix}"))
            {
                if (!IsStale(file)) continue;
                if (TryDelete(file)) removed++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return removed;
    }

    /// <summary>Stale: its process id (the second-to-last dotted part before the guid) no longer runs, or it is hours old.</summary>
    static bool IsStale(string file)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is not null) return false; // not ours
        if (DateTime.UtcNow - info.LastWriteTimeUtc > StaleAfter) return true;
        var parts = Path.GetFileName(file)[..^TempSuffix.Length].Split('.');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException) { return true; } // no such process
        catch (InvalidOperationException) { return true; }
    }

    static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    static BackendException Exists(string path) =>
        new(RpcErrorCodes.SpecNotWritable, $"{path} already exists; it was left as it is and nothing was written.",
            new RpcErrorData { File = path, Hint = "Choose another model id (--id), or move the existing file away first." });
}
