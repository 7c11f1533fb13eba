// The Pareto front of two metrics: the models no other model beats on both. A C# copy of the scatterplot's
// paretoFront (extension/webviews/overview/scatter/paretoFront.ts); a shared fixture tests that both agree.
namespace CompressCompare.Backend.Reports;

public static class ParetoFront
{
    public readonly record struct Point(string Id, double X, double Y);

    /// <summary>
    /// The non-dominated points, best x first. A point is dominated when another is at least as good on both axes and
    /// strictly better on one, so exact duplicates both stay; points with a non-finite coordinate take no part.
    /// </summary>
    public static IReadOnlyList<Point> Of(IEnumerable<Point> points, bool xLowerIsBetter, bool yLowerIsBetter)
    {
        static double Cost(double v, bool lower) => lower ? v : -v;
        var ranked = points
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
            .Select((p, i) => (P: p, Kx: Cost(p.X, xLowerIsBetter), Ky: Cost(p.Y, yLowerIsBetter), I: i))
            // Stable like Array.prototype.sort: ties keep their input order.
            .OrderBy(r => r.Kx).ThenBy(r => r.Ky).ThenBy(r => r.I);
        var front = new List<Point>();
        var bestKy = double.PositiveInfinity;
        var kxAtBest = double.PositiveInfinity;
        foreach (var (p, kx, ky, _) in ranked)
        {
            if (ky < bestKy)
            {
                bestKy = ky;
                kxAtBest = kx;
                front.Add(p);
            }
            else if (ky == bestKy && kx == kxAtBest)
            {
                front.Add(p);
            }
        }
        return front;
    }
}
