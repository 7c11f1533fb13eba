// Model ids for imported runs: readable (the run's name), safe to type in a CLI flag or a budget expression, and
// unique in the spec. Run names repeat (a sweep logs "train" ten times), so a repeat gets its run id's first
// characters, which stay the same on every refresh, rather than a counter that depends on the order of runs.
using System.Text;

namespace CompressCompare.Backend.Importers;

public sealed class ModelIdAllocator(IEnumerable<string> taken)
{
    const int MaxLength = 64;
    readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);

    /// <summary>A new id made from <paramref name="name"/>, or from the run id when the name has no usable character.</summary>
    public string Allocate(string name, string runId)
    {
        var safe = Safe(name);
        var shortRun = Safe(runId) is { Length: > 0 } s ? s[..Math.Min(8, s.Length)] : "run";
        if (safe.Length == 0) safe = "run-" + shortRun;
        var id = safe;
        if (_taken.Contains(id)) id = $"{safe}-{shortRun}";
        for (var n = 2; _taken.Contains(id); n++) id = $"{safe}-{shortRun}-{n}";
        _taken.Add(id);
        return id;
    }

    /// <summary>ASCII letters, digits, '.' and '_'; any other run of characters (a '-' included) becomes one '-'.</summary>
    static string Safe(string name)
    {
        var text = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var c in name.Trim())
        {
            if (text.Length >= MaxLength) break;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_') text.Append(c);
            else if (text.Length > 0 && text[^1] != '-') text.Append('-');
        }
        return text.ToString().Trim('-', '.');
    }
}
