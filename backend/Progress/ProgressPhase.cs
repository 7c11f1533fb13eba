// One phase of a longer piece of work: its Begin, Report and End become reports of the whole within a share of
// the percentage range, so a request made of several steps (weights, then activations) begins and ends once.
namespace CompressCompare.Backend.Progress;

public sealed class ProgressPhase(IWorkProgress whole, int from, int to) : IWorkProgress
{
    public void Begin(string message) => whole.Report(message, from);
    public void Report(string message, int percentage) => whole.Report(message, from + (to - from) * Math.Clamp(percentage, 0, 100) / 100);
    public void End(string message) => whole.Report(message, to);
}
