// One-time libtorch settings, applied lazily when the first model is built (the backend starts and serves
// without loading libtorch at all). Intra-op threads default to 1: on a 2-core machine with other work running,
// libtorch's 2-thread OpenMP pool slowed the digits CNN's training 50–100× (0.7 s → 33–71 s for 5 epochs) and
// Fashion-MNIST CNN training from ~3,400 to ~190 images/s, while one thread lost nothing on these small models.
using System.Globalization;
using TorchSharp;

namespace CompressCompare.Backend.Models.Torch;

public static class TorchRuntime
{
    /// <summary>Environment variable overriding the intra-op thread count (a positive integer).</summary>
    public const string ThreadsVariable = "COMPRESS_COMPARE_TORCH_THREADS";
    public const int DefaultThreads = 1;

    static readonly Lazy<int> threads = new(() =>
    {
        var value = Environment.GetEnvironmentVariable(ThreadsVariable);
        var count = DefaultThreads;
        if (!string.IsNullOrWhiteSpace(value) && (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count < 1))
            throw new InvalidOperationException($"{ThreadsVariable}=\"{value}\" is not a positive number of threads; unset it to use {DefaultThreads}.");
        torch.set_num_threads(count);
        return count;
    });

    /// <summary>Applies the settings once; returns the intra-op thread count in use.</summary>
    public static int EnsureInitialized() => threads.Value;

    // libtorch 2.10 through TorchSharp 0.107 is not safe for two jobs at once in one process: models built and
    // trained on two threads corrupted each other's scalars ("Unknown scalar type"). RPC requests run in parallel,
    // so every TorchSharp job (training, compression, running or hooking a .dat model) holds this gate.
    static readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Waits until no other TorchSharp job runs; dispose the result to let the next one in. Not re-entrant.</summary>
    public static IDisposable Exclusive(CancellationToken cancellationToken = default)
    {
        gate.Wait(cancellationToken);
        return new Release();
    }

    sealed class Release : IDisposable
    {
        int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
