// Writes a report's files: each inside the workspace (WorkspacePolicy), atomically, and never over a file the
// backend did not write (one without the report's marker) unless forced. Every file is checked before any is
// written, so a refused chart never leaves a half-replaced report behind.
using System.Text;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Reports;

/// <param name="Marker">Text a file of this kind the backend wrote holds near its start.</param>
public sealed record ReportFile(string Path, string Text, string Marker);

public static class ReportFiles
{
    /// <summary>How much of an existing file is read to find the marker: it sits in the first line or the head.</summary>
    const int MarkerWindow = 4096;

    public static IReadOnlyList<string> WriteAll(IReadOnlyList<ReportFile> files, string specPath, bool force)
    {
        var policy = WorkspacePolicy.Current;
        var targets = files.Select(f => (File: f, Real: policy.ToWrite(f.Path, specPath))).ToList();
        foreach (var (file, real) in targets)
        {
            var folder = Path.GetDirectoryName(real)!;
            if (!Directory.Exists(folder))
                throw new BackendException(RpcErrorCodes.PathRefused, $"The folder {folder} does not exist, so {file.Path} cannot be written.",
                    new RpcErrorData { File = file.Path, Hint = "Create the folder first, or choose a report file in an existing folder." });
            if (Directory.Exists(real))
                throw new BackendException(RpcErrorCodes.PathRefused, $"{file.Path} is a folder; the report was not written.",
                    new RpcErrorData { File = file.Path, Hint = "Choose a file name for the report." });
            if (!force && File.Exists(real) && !HasMarker(real, file.Marker))
                throw new BackendException(RpcErrorCodes.PathRefused,
                    $"{file.Path} exists and is not a report this tool wrote; it was left as it is and nothing was written.",
                    new RpcErrorData { File = file.Path, Hint = "Choose another file name, or pass --force (Force in the request) to replace it." });
        }
        foreach (var (file, real) in targets)
        {
            var bytes = Encoding.UTF8.GetBytes(file.Text);
            if (File.Exists(real))
            {
                AtomicFile.WriteReplacing(real, stream => stream.Write(bytes));
                continue;
            }
            var temp = AtomicFile.TempPathFor(real);
            try
            {
                File.WriteAllBytes(temp, bytes);
                AtomicFile.PublishNew(temp, real);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
        return [.. targets.Select(t => t.Real)];
    }

    static bool HasMarker(string path, string marker)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[MarkerWindow];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read).Contains(marker, StringComparison.Ordinal);
    }
}
