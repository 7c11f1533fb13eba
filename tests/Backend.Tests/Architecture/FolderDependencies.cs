// The dependency graph between the backend's capability folders (backend/<Folder>/), read from the sources:
// a file depends on folder X when it names the namespace CompressCompare.Backend.X, in a using directive or
// fully qualified. Namespaces follow folders, so this is every way one folder's code can reach another's.
using System.Text.RegularExpressions;

namespace Backend.Tests.Architecture;

internal sealed partial class FolderDependencies
{
    /// <summary>For each folder, the folders it uses, each with the files (relative to backend/) that use it.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, SortedSet<string>>> Edges { get; }

    FolderDependencies(IReadOnlyDictionary<string, SortedDictionary<string, SortedSet<string>>> edges) => Edges = edges;

    /// <summary>A graph given by hand (tests of the cycle search).</summary>
    public static FolderDependencies FromEdges(Dictionary<string, Dictionary<string, string[]>> edges) =>
        new(edges.ToDictionary(e => e.Key, e => new SortedDictionary<string, SortedSet<string>>(
            e.Value.ToDictionary(u => u.Key, u => new SortedSet<string>(u.Value, StringComparer.Ordinal)), StringComparer.Ordinal)));

    public static FolderDependencies Read(string backendRoot)
    {
        var edges = new SortedDictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(backendRoot).Select(Path.GetFileName).OfType<string>())
        {
            if (folder is "bin" or "obj") continue;
            var uses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            edges[folder] = uses;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(backendRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(backendRoot, file).Replace('\\', '/');
                // Comments may name a folder without depending on it.
                var code = Comment().Replace(File.ReadAllText(file), "");
                foreach (Match m in BackendNamespace().Matches(code))
                {
                    var used = m.Groups[1].Value;
                    if (used == folder) continue;
                    if (!uses.TryGetValue(used, out var files)) uses[used] = files = new(StringComparer.Ordinal);
                    files.Add(relative);
                }
            }
        }
        return new FolderDependencies(edges);
    }

    /// <summary>One cycle between folders (its first folder repeated at the end), or null when there is none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        // Depth-first search; a folder met again while still on the path closes a cycle.
        var state = new Dictionary<string, bool>(); // false: on the path, true: done
        var path = new List<string>();
        foreach (var start in Edges.Keys)
        {
            var cycle = Visit(start);
            if (cycle is not null) return cycle;
        }
        return null;

        List<string>? Visit(string folder)
        {
            if (state.TryGetValue(folder, out var done))
                return done ? null : [.. path.Skip(path.IndexOf(folder)), folder];
            state[folder] = false;
            path.Add(folder);
            foreach (var next in Edges.TryGetValue(folder, out var uses) ? uses.Keys : Enumerable.Empty<string>())
            {
                var cycle = Visit(next);
                if (cycle is not null) return cycle;
            }
            path.RemoveAt(path.Count - 1);
            state[folder] = true;
            return null;
        }
    }

    /// <summary>The cycle as "A → B (files) → …", naming the files behind each edge so the fix is easy to find.</summary>
    public string Describe(IReadOnlyList<string> cycle) => string.Join("\n", cycle.Zip(cycle.Skip(1),
        (from, to) => $"{from} → {to}: {string.Join(", ", Edges[from][to])}"));

    [GeneratedRegex(@"CompressCompare\.Backend\.([A-Za-z]+)")]
    private static partial Regex BackendNamespace();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
