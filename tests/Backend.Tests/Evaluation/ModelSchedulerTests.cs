// ModelScheduler alone: how many models it runs at once, and what it does after a failure or a cancellation.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Evaluation;

public sealed class ModelSchedulerTests
{
    [Theory]
    [InlineData(5, 2, 1)]   // this machine: two cores, one model at a time (measured: two at once were slower)
    [InlineData(5, 4, 2)]
    [InlineData(16, 16, 8)]
    [InlineData(3, 16, 3)]  // never more than the request's models
    [InlineData(0, 16, 1)]
    [InlineData(4, 1, 1)]
    public void On_the_cpu_one_model_runs_per_two_cores(int models, int cores, int bound) =>
        Assert.Equal(bound, ModelScheduler.Bound(models, ExecutionProvider.Cpu, cores));

    [Fact]
    public void On_a_cuda_device_models_run_one_at_a_time() =>
        Assert.Equal(1, ModelScheduler.Bound(8, ExecutionProvider.Cuda(0), 16));

    [Fact]
    public async Task It_runs_bound_models_at_once_and_never_more()
    {
        using var together = new Barrier(3);
        var (running, most) = (0, 0);
        var done = new bool[6];
        await ModelScheduler.RunAsync(6, 3, i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            // Three at a time or this times out: fewer than the bound would never meet here.
            Assert.True(together.SignalAndWait(TimeSpan.FromSeconds(20)), "fewer models than the bound ran at once");
            Interlocked.Decrement(ref running);
            done[i] = true;
        }, default);
        Assert.Equal(3, most);
        Assert.All(done, Assert.True);
    }

    [Fact]
    public async Task After_a_failure_no_further_model_starts_and_the_failure_is_thrown()
    {
        var started = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ModelScheduler.RunAsync(10, 1, i =>
        {
            lock (started) started.Add(i);
            if (i == 2) throw new InvalidOperationException("model 2 failed");
        }, default));
        Assert.Equal("model 2 failed", error.Message);
        Assert.Equal([0, 1, 2], started);
    }

    [Fact]
    public async Task A_failure_is_thrown_rather_than_the_cancellation_it_caused_elsewhere()
    {
        using var cancel = new CancellationTokenSource();
        await Assert.ThrowsAsync<InvalidOperationException>(() => ModelScheduler.RunAsync(2, 2, i =>
        {
            if (i == 0) { Thread.Sleep(200); cancel.Token.ThrowIfCancellationRequested(); }
            else { cancel.Cancel(); throw new InvalidOperationException("model 1 failed"); }
        }, cancel.Token));
    }

    [Fact]
    public async Task Cancelling_starts_no_further_model_and_throws_the_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var started = new List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ModelScheduler.RunAsync(10, 1, i =>
        {
            lock (started) started.Add(i);
            if (i == 1) cancel.Cancel();
        }, cancel.Token));
        Assert.Equal([0, 1], started);
    }

    static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
