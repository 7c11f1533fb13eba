// Declared metric or operation names, asked once per use: at 100,000 models, half a million set look-ups of the same
// few names. The parser hands out one string per repeated name (Utf8SlotCache), so a name found before is known again
// by reference, without hashing it.
namespace CompressCompare.Backend.Spec;

/// <summary>A declared-name set that remembers the last few names it found by reference.</summary>
internal sealed class DeclaredNames(IReadOnlySet<string> declared)
{
    // Specs declare a handful of metrics and operations; a short scan of references beats a hash of the text.
    const int Remembered = 8;
    readonly string?[] _found = new string?[Remembered];
    int _next;

    public bool Contains(string name)
    {
        foreach (var found in _found)
            if (ReferenceEquals(found, name)) return true;
        if (!declared.Contains(name)) return false;
        _found[_next] = name;
        _next = (_next + 1) % Remembered;
        return true;
    }
}
