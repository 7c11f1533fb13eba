// Runs a request's models several at a time when cores are free. Each ONNX session computes on one intra-op thread
// (OnnxInference.OpenSession), and beside it the dataset's background read, the softmax and the Arrow cache write take
// another thread's share; so one model runs per two cores, which leaves the rest for those and for VS Code. Measured with
// `bench evaluate --concurrent-models` on a loaded 2-core machine, two models at once were slower than one after the
// other (1.4–1.8× the wall time, 1.65× the CPU time), so there the bound is one, as before. On a CUDA device models run one at a time, since the GPU already spreads each batch over its cores and every
// session there holds its own memory arena. Memory grows with the bound: each running model holds its N × K outputs
// and one batch; the dataset is shared. TorchSharp models are serialised by TorchRuntime.Exclusive, which a .dat
// model takes for its whole run (TorchSharp is not safe from several threads at once). Results do not depend on the
// schedule: each model is computed alone on its own session, and its entry keeps its place in the request.
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Evaluation;

internal static class ModelScheduler
{
    /// <summary>Intra-op threads of an evaluation session (OnnxInference.OpenSession's default).</summary>
    const int ThreadsPerModel = 1;

    /// <summary>Cores per model running at once: its session's intra-op threads, and one for the work around it.</summary>
    const int CoresPerModel = ThreadsPerModel + 1;

    /// <summary>How many of <paramref name="models"/> run at once: one per two cores on the CPU, one on a CUDA device.</summary>
    public static int Bound(int models, ExecutionProvider provider, int processorCount) =>
        provider.IsCuda ? 1 : Math.Clamp(processorCount / CoresPerModel, 1, Math.Max(models, 1));

    /// <summary>
    /// Calls <paramref name="work"/> for 0 … <paramref name="count"/> − 1, starting them in order, at most <paramref name="bound"/>
    /// at once, each on a thread of its own (the work is seconds of blocking CPU work, which must not starve the thread pool that
    /// reads the dataset and writes the cache). Once one throws, or the request is cancelled, no further model starts; those
    /// running finish or see the cancellation themselves; then a failure is thrown (a cancellation only if nothing else failed).
    /// </summary>
    public static async Task RunAsync(int count, int bound, Action<int> work, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var next = -1;
        var stop = 0;
        var workers = Enumerable.Range(0, Math.Min(bound, count)).Select(_ => Task.Factory.StartNew(() =>
        {
            int index;
            while (Volatile.Read(ref stop) == 0 && !cancellationToken.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    work(index);
                }
                catch
                {
                    Volatile.Write(ref stop, 1);
                    throw;
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch
        {
            var failures = workers.Where(w => w.IsFaulted).SelectMany(w => w.Exception!.InnerExceptions).ToList();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures.FirstOrDefault(e => e is not OperationCanceledException) ?? failures[0]);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }
}
