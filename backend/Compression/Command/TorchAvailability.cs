// Whether this install can run TorchSharp operations: the packaged extension leaves libtorch out (~500 MB,
// scripts/build.sh), so Fine-Tune and Taylor Prune are offered only where its native libraries sit beside the backend.
namespace CompressCompare.Backend.Compression.Command;

public static class TorchAvailability
{
    /// <summary>True when TorchSharp's native bridge (libLibTorchSharp.so, .dylib, LibTorchSharp.dll) is next to the backend.</summary>
    public static bool IsPresent { get; } = Directory.Exists(AppContext.BaseDirectory)
        && Directory.EnumerateFiles(AppContext.BaseDirectory, "*LibTorchSharp*", SearchOption.AllDirectories).Any();
}
