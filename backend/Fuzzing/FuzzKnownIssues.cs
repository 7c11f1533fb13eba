// Failures the fuzzer finds in code that another change owns and is fixing (issue 12's path policy): reported under
// "known" with a count and the first input that shows them, without failing the run, so a fuzz run checks everything
// else meanwhile. Remove an entry when its fix lands; the fuzzer then fails on any regression.
namespace CompressCompare.Backend.Fuzzing;

public sealed record FuzzKnownIssue(string Name, string Frame, string ExceptionType)
{
    // None now. Until the path policy landed, a "\u0000" in artifact, outputs or attributes made SpecRelativePath throw
    // (an entry here: new("issue 12: a NUL character in a spec path", "SpecRelativePath.StaysInside", "System.ArgumentException")).
    public static readonly IReadOnlyList<FuzzKnownIssue> All = [];

    public bool Matches(string problem) => problem.StartsWith(ExceptionType + ":", StringComparison.Ordinal) && problem.Contains(Frame, StringComparison.Ordinal);
}

/// <summary>How often a known issue showed up in a run, and the first input that showed it.</summary>
public sealed record FuzzKnownCount(string Issue, int Count, FuzzFailure Example);
