// Subgroups for the demo's test split, derived from the images so the Behaviors view has something real to
// slice by: "ink" (tertiles of an instance's total intensity: thin or faint strokes versus bold ones, which
// compression tends to treat differently) and "border" (whether any ink touches the image edge: off-centre or
// oversized instances).
using System.Text;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Demo;

public static class DemoAttributes
{
    public const string Ink = "ink";
    public const string Border = "border";
    public static readonly IReadOnlyList<string> InkLevels = ["light", "medium", "heavy"];

    /// <summary>Writes the CSV (header "ink,border", one row per instance in dataset order).</summary>
    /// <param name="side">Images are side × side.</param>
    public static void Write(string path, ClassificationDataset data, int side)
    {
        var totals = new double[data.Count];
        var border = new bool[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            var pixels = data.Instance(i);
            for (var p = 0; p < pixels.Length; p++)
            {
                totals[i] += pixels[p];
                var (y, x) = (p / side, p % side);
                if (pixels[p] > 0 && (y == 0 || x == 0 || y == side - 1 || x == side - 1)) border[i] = true;
            }
        }
        // Ranks (ties by index) rather than value cut-offs, so the three levels have equal sizes even with ties.
        var order = Enumerable.Range(0, data.Count).OrderBy(i => totals[i]).ThenBy(i => i).ToArray();
        var level = new int[data.Count];
        for (var r = 0; r < order.Length; r++) level[order[r]] = r * 3 / order.Length;

        var csv = new StringBuilder($"{Ink},{Border}\n");
        for (var i = 0; i < data.Count; i++)
            csv.Append(CsvLine.Quote(InkLevels[level[i]])).Append(',').Append(border[i] ? "true" : "false").Append('\n');
        var temp = path + ".tmp";
        File.WriteAllText(temp, csv.ToString());
        File.Move(temp, path, overwrite: true);
    }
}
