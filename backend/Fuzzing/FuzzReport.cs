// What a fuzz run prints: the seed, how many inputs each reader took and how they ended, every failure with what
// reproduces it (`fuzz --seed S --replay spec:I|file:I`), known issues owned elsewhere (FuzzKnownIssue), the time
// taken and the process's peak memory.
namespace CompressCompare.Backend.Fuzzing;

public sealed record FuzzReport(
    int Seed,
    int SpecMutations,
    int FileMutations,
    IReadOnlyDictionary<string, FuzzTargetCounts> Readers,
    IReadOnlyList<FuzzFailure> Failures,
    IReadOnlyList<FuzzKnownCount> Known,
    double ElapsedSeconds,
    long PeakWorkingSetMegabytes,
    FuzzHeaviest Heaviest,
    string Replay);

/// <summary>Inputs per reader: read successfully, refused with a coded error, or failed (a crash, a time-out, memory past the limit).</summary>
public sealed record FuzzTargetCounts(int Inputs, int Read, int Refused, int Failed);

/// <summary>One input that broke a rule: which reader, the seed and index that rebuild it, and what happened (the exception's type, message and top frames).</summary>
public sealed record FuzzFailure(string Target, int Seed, int Index, string Mutation, string Problem);

/// <summary>The input during which the working set was highest, and how high (MB).</summary>
public sealed record FuzzHeaviest(long WorkingSetMegabytes, string Input);
