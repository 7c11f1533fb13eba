// Runs a seeded mutation fuzz: each input is rebuilt from (seed, stream, index) alone, so any failure is reproduced by
// `fuzz --seed S --replay spec:I` or `file:I`. Specs must parse to a summary whose diagnostics lie inside the text;
// model files must be read or refused with a coded error (FuzzTargets). Each input runs under a watchdog (a time
// limit) while a sampler watches the process's working set; a crash, a hang or memory past the limit is a failure.
using System.Diagnostics;
using System.Text;
using CompressCompare.Backend.Spec;

namespace CompressCompare.Backend.Fuzzing;

public sealed class FuzzRunner(FuzzOptions options, IReadOnlyDictionary<string, FuzzTargets.Reader>? readers = null)
{
    public const string SpecStream = "spec", FileStream = "file";

    readonly IReadOnlyDictionary<string, FuzzTargets.Reader> _readers = readers ?? FuzzTargets.All;
    readonly Dictionary<string, int[]> _counts = [];
    readonly List<FuzzFailure> _failures = [];
    readonly Dictionary<FuzzKnownIssue, (int Count, FuzzFailure Example)> _known = [];
    readonly MemorySampler _memory = new();
    const long CollectAbove = 320L << 20;
    (long Bytes, string Input) _heaviest = (0, "");

    public FuzzReport Run()
    {
        var clock = Stopwatch.StartNew();
        var scratch = Directory.CreateTempSubdirectory("cc-fuzz-").FullName;
        int specs = 0, files = 0;
        try
        {
            var specSeeds = FuzzSpecCorpus.Build();
            var fileSeeds = FuzzFileCorpus.Build(scratch).Where(s => _readers.ContainsKey(s.Target)).ToList();
            if (options.Replay is { } replay)
            {
                RunReplay(replay, specSeeds, fileSeeds, scratch);
                return Report(specs, files, clock);
            }
            do
            {
                // Interleaved, so a run cut short by --minutes has fuzzed both.
                for (var k = 0; k < Math.Max(options.Specs, options.Files); k++)
                {
                    if (k < options.Specs) RunSpec(specs++, specSeeds);
                    if (k < options.Files) RunFile(files++, fileSeeds, scratch);
                    if (options.Duration is { } d && clock.Elapsed > d) break;
                }
            } while (options.Duration is { } limit && clock.Elapsed < limit);
        }
        finally
        {
            _memory.Dispose();
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } // a hung reader may hold a file
        }
        return Report(specs, files, clock);
    }

    void RunReplay(string replay, List<string> specSeeds, List<FuzzSeed> fileSeeds, string scratch)
    {
        var parts = replay.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], out var index) || index < 0 || parts[0] is not (SpecStream or FileStream))
            throw new ArgumentException($"--replay takes {SpecStream}:INDEX or {FileStream}:INDEX, not \"{replay}\".");
        if (parts[0] == SpecStream) RunSpec(index, specSeeds);
        else RunFile(index, fileSeeds, scratch);
    }

    void RunSpec(int index, List<string> seeds)
    {
        var random = InputRandom(SpecStream, index);
        var seed = seeds[random.Next(seeds.Count)];
        string text, mutation;
        switch (random.Next(3))
        {
            case 0:
                (text, mutation) = JsonMutator.Mutate(seed, random);
                break;
            case 1:
                var (bytes, what) = ByteMutator.Mutate(Encoding.UTF8.GetBytes(seed), Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)]), random);
                (text, mutation) = (Encoding.UTF8.GetString(bytes), what);
                break;
            default:
                var (json, first) = JsonMutator.Mutate(seed, random);
                var (both, second) = ByteMutator.Mutate(Encoding.UTF8.GetBytes(json), [], random);
                (text, mutation) = (Encoding.UTF8.GetString(both), first + " + " + second);
                break;
        }
        Record(SpecStream, SpecStream, index, mutation, () => SpecOracle.Check(text));
    }

    void RunFile(int index, List<FuzzSeed> seeds, string scratch)
    {
        var random = InputRandom(FileStream, index);
        var seed = seeds[random.Next(seeds.Count)];
        var sameTarget = seeds.Where(s => s.Target == seed.Target).ToList();
        var (bytes, mutation) = FileMutator.Mutate(seed, sameTarget[random.Next(sameTarget.Count)], random);
        var folder = Path.Combine(scratch, seed.Target);
        Directory.CreateDirectory(folder);
        foreach (var (name, sidecar) in seed.Sidecars)
            if (!File.Exists(Path.Combine(folder, name))) File.WriteAllBytes(Path.Combine(folder, name), sidecar);
        var path = Path.Combine(folder, $"input-{index}{seed.Extension}");
        File.WriteAllBytes(path, bytes);
        var reader = _readers[seed.Target];
        Record(seed.Target, FileStream, index, $"{seed.Name}: {mutation}", () => FuzzTargets.Judge(seed.Target, reader, path));
        try { File.Delete(path); } catch (IOException) { }
    }

    /// <summary>Runs one input under the watchdog and the memory sampler, and counts how it ended.</summary>
    void Record(string target, string stream, int index, string mutation, Func<FuzzOutcome> input)
    {
        var counts = _counts.TryGetValue(target, out var c) ? c : _counts[target] = new int[3];
        // An input refused at the memory budget leaves up to 1 GiB of garbage; collected before the next input (only
        // then, a full GC per input would double the run's time), the working set measured is this input's own.
        if (Environment.WorkingSet > CollectAbove) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _memory.Reset();
        var run = Task.Factory.StartNew(input, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var outcome = run.Wait(options.InputTimeout)
            ? run.Result
            : FuzzOutcome.Failed($"no result within {options.InputTimeout.TotalSeconds:0.#} s (a hang or a very slow path)");
        if (_memory.Highest > _heaviest.Bytes) _heaviest = (_memory.Highest, $"{stream}:{index} {target} {mutation}");
        if (outcome.Verdict != FuzzVerdict.Failed && _memory.Highest > options.MemoryLimitBytes)
            outcome = FuzzOutcome.Failed($"the working set reached {_memory.Highest >> 20} MB, past the {options.MemoryLimitBytes >> 20} MB limit");
        if (outcome.Verdict == FuzzVerdict.Failed)
        {
            var failure = new FuzzFailure(target, options.Seed, index, $"{stream}:{index} {mutation}", outcome.Problem!);
            if (FuzzKnownIssue.All.FirstOrDefault(k => k.Matches(failure.Problem)) is { } known)
            {
                _known[known] = _known.TryGetValue(known, out var seen) ? (seen.Count + 1, seen.Example) : (1, failure);
                outcome = FuzzOutcome.Refused with { Problem = known.Name };
            }
            else _failures.Add(failure);
        }
        counts[(int)outcome.Verdict]++;
    }

    /// <summary>The input's own random source: SplitMix64 of the run's seed, the stream and the index (stable across .NET versions and processes).</summary>
    Random InputRandom(string stream, int index)
    {
        var x = (ulong)(uint)options.Seed * 0x9E3779B97F4A7C15UL ^ (stream == SpecStream ? 0x5bd1e995UL : 0x1b873593UL) << 32 ^ (ulong)index;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return new Random((int)(x ^ (x >> 31)));
    }

    FuzzReport Report(int specs, int files, Stopwatch clock)
    {
        using var process = Process.GetCurrentProcess();
        return new FuzzReport(options.Seed, specs, files,
            _counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => new FuzzTargetCounts(c.Value.Sum(), c.Value[0], c.Value[1], c.Value[2])),
            _failures, [.. _known.Select(k => new FuzzKnownCount(k.Key.Name, k.Value.Count, k.Value.Example))], Math.Round(clock.Elapsed.TotalSeconds, 1), Math.Max(process.PeakWorkingSet64, _memory.Peak) >> 20,
            new FuzzHeaviest(_heaviest.Bytes >> 20, _heaviest.Input.Length > 300 ? _heaviest.Input[..300] + "…" : _heaviest.Input),
            $"dotnet run --project backend -c Release -- fuzz --seed {options.Seed} --replay {SpecStream}:INDEX (or {FileStream}:INDEX)");
    }
}
