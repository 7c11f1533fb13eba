// Whether this install can run TorchSharp: the packaged extension leaves libtorch and TorchSharp's native bridge out
// (~500 MB; backend/ExtensionPackage.targets), so Fine-Tune and Taylor Prune are offered, and .dat checkpoints run,
// only where the bridge sits beside the backend.
namespace CompressCompare.Backend.Models.Torch;

public static class TorchAvailability
{
    /// <summary>True when TorchSharp's native bridge (libLibTorchSharp.so, .dylib, LibTorchSharp.dll) is next to the backend.</summary>
    public static bool IsPresent { get; } = Directory.Exists(AppContext.BaseDirectory)
        && Directory.EnumerateFiles(AppContext.BaseDirectory, "*LibTorchSharp*", SearchOption.AllDirectories).Any();
}
