// Paths inside a spec (artifacts, dataset arrays) are relative to the spec's folder and must stay inside it:
// a spec shared in a repository must never make the backend read (or later write) files elsewhere.
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class SpecRelativePath
{
    /// <summary>
    /// The path as written when it is a string that stays inside <paramref name="specFolder"/>; else reports why and returns null.
    /// <paramref name="folder"/>: the path names a folder (an image folder), so a missing folder, not a missing file, is warned about.
    /// <paramref name="fileOrFolder"/>: the path may name either (an artifact may be a Hugging Face model folder).
    /// </summary>
    public static string? Read(JsonObjectNode obj, string field, SpecOwner owner, string specFolder, SpecDiagnosticSink sink, string? modelId = null, bool folder = false,
        bool fileOrFolder = false)
    {
        var written = FieldReader.OptionalString(obj, field, owner, sink, modelId);
        if (written is null) return null;
        var node = obj.Find(field)!;
        if (written.Contains('\0'))
        {
            sink.Error(DiagnosticCodes.PathOutsideSpecFolder, node.Head,
                $"\"{field}\" of {owner} holds a NUL character (\\u0000), which no file name can contain. Write the path as plain text; it is ignored until then.",
                modelId);
            return null;
        }
        if (written.Length == 0 || !StaysInside(specFolder, written))
        {
            sink.Error(DiagnosticCodes.PathOutsideSpecFolder, node.Head,
                $"\"{field}\" of {owner} is \"{written}\", which is not a path inside the spec's folder ({specFolder}). " +
                "Write it relative to the spec file, e.g. \"models/base.onnx\", and keep the file in that folder or below; it is ignored until then.",
                modelId);
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(specFolder, written));
        if (sink.FileExists is null) return written;
        folder |= fileOrFolder && !sink.FileExists(full) && Directory.Exists(full);
        // The text stays inside; a symbolic link on the way may still lead out of the workspace, or to a device.
        if (WorkspacePolicy.Current.ReadProblem(full, specFolder, sink.RealFolders, folder) is { } refused)
        {
            // Kept as written: whatever needs the file then refuses it with this reason, instead of calling it absent.
            sink.Error(DiagnosticCodes.PathOutsideSpecFolder, node.Head,
                $"\"{field}\" of {owner} cannot be read: {refused} Views that need it show this error until then.", modelId);
            return written;
        }
        if (folder ? !Directory.Exists(full) : !sink.FileExists(full))
            sink.Warning(DiagnosticCodes.FileMissing, node.Head,
                $"\"{field}\" of {owner} names {written}, which does not exist ({full}). " +
                "Fix the path (it is relative to the spec file), or create the file; views that need it stay empty until then.", modelId);
        return written;
    }

    public static bool StaysInside(string folder, string relative)
    {
        if (Path.IsPathRooted(relative)) return false;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && full.Length > root.Length;
    }
}
