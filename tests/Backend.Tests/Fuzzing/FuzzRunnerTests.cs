// The fuzzer itself: a short run with a fixed seed is clean, rebuilds the same inputs from the same seed, and reports
// what it must (a reader that throws a raw exception, a reader that hangs) with the seed and index that reproduce it.
using CompressCompare.Backend.Fuzzing;

namespace Backend.Tests.Fuzzing;

public sealed class FuzzRunnerTests
{
    // The test process's working set is shared with the tests running beside it (some allocate up to the memory budget
    // on purpose); the memory limit is checked by the CLI run in scripts/test.sh, where the fuzzer is alone.
    const long NoMemoryLimit = long.MaxValue;

    [Fact]
    public void A_short_run_with_a_fixed_seed_finds_nothing_and_reaches_every_reader()
    {
        // A minute per input, not the runner's 5 s: on a shared 2-core machine at load 15 one ONNX input once took longer
        // than 5 s, and this test is about what the readers do with the inputs. A real hang still fails it.
        var report = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 12, Specs = 300, Files = 300, InputTimeout = TimeSpan.FromMinutes(1) }).Run();

        Assert.Empty(report.Failures);
        Assert.Equal(300, report.SpecMutations);
        Assert.Equal(300, report.FileMutations);
        Assert.Equal(FuzzTargets.All.Keys.Append(FuzzRunner.SpecStream).Order(), report.Readers.Keys.Order());
        Assert.All(report.Readers.Values, r => Assert.Equal(r.Inputs, r.Read + r.Refused + r.Failed));
        Assert.True(report.PeakWorkingSetMegabytes > 0);
    }

    [Fact]
    public void A_reader_that_throws_a_raw_exception_is_reported_with_what_reproduces_it()
    {
        var readers = new Dictionary<string, FuzzTargets.Reader>
        {
            [FuzzTargets.Npy] = path => { if (new FileInfo(path).Length % 2 == 0) throw new IndexOutOfRangeException("raw"); },
        };
        var report = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 5, Specs = 0, Files = 50 }, readers).Run();

        var failure = Assert.Single(report.Failures.Take(1));
        Assert.Equal(FuzzTargets.Npy, failure.Target);
        Assert.Equal(5, failure.Seed);
        Assert.Contains("IndexOutOfRangeException", failure.Problem);
        Assert.StartsWith($"file:{failure.Index} ", failure.Mutation);

        // Replaying that index alone rebuilds the same input and fails the same way.
        var replay = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 5, Replay = $"file:{failure.Index}" }, readers).Run();
        Assert.Equal(failure.Mutation, Assert.Single(replay.Failures).Mutation);
    }

    [Fact]
    public void A_coded_refusal_is_not_a_failure_but_a_hang_is()
    {
        var readers = new Dictionary<string, FuzzTargets.Reader>
        {
            [FuzzTargets.Idx] = _ => throw new InvalidDataException("refused as the IDX reader's contract says"),
            [FuzzTargets.Npy] = _ => Thread.Sleep(TimeSpan.FromSeconds(2)),
        };
        var report = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 3, Specs = 0, Files = 12, InputTimeout = TimeSpan.FromMilliseconds(200) }, readers).Run();

        Assert.Equal(0, report.Readers[FuzzTargets.Idx].Failed);
        Assert.True(report.Readers[FuzzTargets.Npy].Failed > 0);
        Assert.All(report.Failures, f => Assert.Contains("no result within", f.Problem));
    }

    [Fact]
    public void The_same_seed_gives_the_same_run()
    {
        var first = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 99, Specs = 100, Files = 100 }).Run();
        var second = new FuzzRunner(new FuzzOptions { MemoryLimitBytes = NoMemoryLimit, Seed = 99, Specs = 100, Files = 100 }).Run();
        Assert.Equal(first.Readers, second.Readers);
    }
}
