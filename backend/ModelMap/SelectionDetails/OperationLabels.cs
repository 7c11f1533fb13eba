// How an operation reads as a level of an "Operation at step n" variable: its name plus the parameters every
// model that ran it there shares, in the spec's own tag style ("Train (epochs: 50)"). The paper keeps these fixed
// values ("Train 50", "Retrain layernorms"); a bare "Train" against "Retrain" hides what each did.
using System.Text;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class OperationLabels
{
    public static string WithFixedParameters(string operation, ProvenanceStep?[] slot, List<int> runs)
    {
        var first = slot[runs[0]]!;
        var text = new StringBuilder(operation);
        var shown = 0;
        foreach (var (key, value) in first.Parameters)
        {
            var fixedHere = true;
            foreach (var m in runs)
                if (slot[m]!.Parameter(key) != value) { fixedHere = false; break; }
            if (!fixedHere) continue;
            text.Append(shown++ == 0 ? " (" : ", ").Append(ReadableLevels.Parameter(key, value, withName: true));
        }
        return shown == 0 ? text.ToString() : text.Append(')').ToString();
    }
}
