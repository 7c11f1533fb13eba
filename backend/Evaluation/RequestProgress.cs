// One evaluation request's progress over all its models, which may run at the same time (ModelScheduler): each model
// reports how far it is, and the request's percentage is the mean over the models. Reports go out one at a time and
// in order, so the percentage a client sees never steps back when two models report at once.
using CompressCompare.Backend.Progress;

namespace CompressCompare.Backend.Evaluation;

internal sealed class RequestProgress(IWorkProgress progress, int models)
{
    readonly double[] _done = new double[Math.Max(models, 1)];
    readonly Lock _gate = new();
    int _reported = -1;

    /// <summary>
    /// Model <paramref name="index"/> is <paramref name="fraction"/> (0–1) done. Sent when the request's percentage moved or
    /// <paramref name="always"/> is set; the same sequence as a serial run gives when the models run one after another.
    /// </summary>
    public void Report(int index, double fraction, string message, bool always)
    {
        lock (_gate)
        {
            _done[index] = Math.Clamp(fraction, _done[index], 1);
            var percent = (int)(_done.Sum() * 100 / _done.Length);
            if (!always && percent == _reported) return;
            progress.Report(message, _reported = Math.Max(percent, _reported));
        }
    }
}
