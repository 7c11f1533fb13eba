// One metric's history in MLflow's file store: a line per logged value, "timestamp value step" (MLflow before 1.0
// wrote "timestamp value", step 0). The model's value is the one logged at the last step; at equal steps the later
// line wins, as MLflow's own "latest metric" does.
using System.Globalization;
using CompressCompare.Backend.Files;

namespace CompressCompare.Backend.Importers.Mlflow;

public static class MlflowMetricFile
{
    /// <summary>The last step's value, or null when there is none; <paramref name="problems"/> gets each line that was left out, located.</summary>
    public static double? LastValue(string path, string shownAs, List<string> problems)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(WorkspacePolicy.Current.ToRead(path, null, FileKind.Table));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Errors.BackendException)
        {
            problems.Add($"{shownAs} cannot be read: {e.Message}");
            return null;
        }
        var problemsBefore = problems.Count;
        double? last = null;
        var lastStep = long.MinValue;
        var number = 0;
        try
        {
            foreach (var line in lines)
            {
                number++;
                if (line.Trim().Length == 0) continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length is < 2 or > 3)
                {
                    problems.Add($"{shownAs} line {number}: expected \"timestamp value step\", found \"{Clip(line)}\"");
                    continue;
                }
                if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    problems.Add($"{shownAs} line {number}: the value \"{Clip(fields[1])}\" is not a finite number");
                    continue;
                }
                long step = 0;
                if (fields.Length == 3 && !long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out step))
                {
                    problems.Add($"{shownAs} line {number}: the step \"{Clip(fields[2])}\" is not a whole number");
                    continue;
                }
                if (step < lastStep) continue;
                lastStep = step;
                last = value;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{shownAs} cannot be read: {e.Message}");
            return null;
        }
        if (last is null && problems.Count == problemsBefore) problems.Add($"{shownAs} holds no values");
        return last;
    }

    static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
