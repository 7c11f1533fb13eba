// Whether a path is a regular file. A FIFO blocks the reader forever, a device (/dev/zero, /dev/urandom)
// never ends: neither is a spec, a model or a dataset, so the path policy refuses them before opening.
using System.Runtime.InteropServices;

namespace CompressCompare.Backend.Files;

public enum FileTypeKind { Missing, Regular, Directory, Other }

public static unsafe partial class FileType
{
    // .NET's own native shim (shipped with every runtime on Linux and macOS) fills a fixed, platform-independent
    // struct whose second int is the mode with POSIX file-type bits; libc's struct stat differs per platform.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte* status);

    const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    /// <summary>What is at <paramref name="path"/>, links followed.</summary>
    public static FileTypeKind Of(string path) => StatOf(path).Kind;

    /// <summary>What is at <paramref name="path"/> and its length in bytes, from one stat call (links followed).</summary>
    public static (FileTypeKind Kind, long Length) StatOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!System.IO.File.Exists(path)) return (System.IO.Directory.Exists(path) ? FileTypeKind.Directory : FileTypeKind.Missing, 0);
            var info = new FileInfo(path);
            return ((info.Attributes & FileAttributes.Device) != 0 ? FileTypeKind.Other : FileTypeKind.Regular, info.Length);
        }
        var status = stackalloc byte[512];
        if (Stat(path, status) != 0) return (FileTypeKind.Missing, 0);
        var kind = (*(int*)(status + 4) & TypeMask) switch
        {
            Regular => FileTypeKind.Regular,
            Directory => FileTypeKind.Directory,
            _ => FileTypeKind.Other,
        };
        // The shim's struct: int Flags, int Mode, uint Uid, uint Gid, long Size.
        return (kind, *(long*)(status + 16));
    }
}
