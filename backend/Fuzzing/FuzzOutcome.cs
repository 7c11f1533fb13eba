// How one fuzz input ended, as a target judges it: read, refused the way the reader's callers expect (a coded error),
// or a failure with what happened.
namespace CompressCompare.Backend.Fuzzing;

public enum FuzzVerdict { Read, Refused, Failed }

public sealed record FuzzOutcome(FuzzVerdict Verdict, string? Problem = null)
{
    public static readonly FuzzOutcome Read = new(FuzzVerdict.Read);
    public static readonly FuzzOutcome Refused = new(FuzzVerdict.Refused);
    public static FuzzOutcome Failed(string problem) => new(FuzzVerdict.Failed, problem);

    /// <summary>An exception no caller turns into a coded error: its type, message (cut) and the frames that threw it.</summary>
    public static FuzzOutcome Crashed(Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(f => f.Trim());
        var message = e.Message.Length > 300 ? e.Message[..300] + "…" : e.Message;
        return Failed($"{e.GetType().FullName}: {message} | {string.Join(" | ", frames)}");
    }
}
