// DVC's params and metrics per file ({"params.yaml": {"data": {"train": {"lr": 0.1}}}}) as the flat names its own
// table shows: "train.lr". A name two files share is told apart as DVC does, "file:name", for the later file.
using System.Text.Json.Nodes;

namespace CompressCompare.Backend.Importers.Dvc;

public static class DvcValues
{
    public static Dictionary<string, JsonNode?> Flatten(JsonNode? files, string run, string kind, List<SkippedRun> skipped)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (files is not JsonObject byFile) return values;
        foreach (var (file, content) in byFile)
        {
            if (content is JsonObject { } withError && withError["error"] is JsonObject error)
            {
                skipped.Add(new(run, $"{kind} of {file} left out: DVC reported {error["msg"]?.ToJsonString() ?? error.ToJsonString()}"));
                continue;
            }
            if ((content as JsonObject)?["data"] is not JsonObject data) continue;
            foreach (var (name, value) in Leaves(data, ""))
                values[values.ContainsKey(name) ? $"{file}:{name}" : name] = value?.DeepClone();
        }
        return values;
    }

    static IEnumerable<(string Name, JsonNode? Value)> Leaves(JsonObject tree, string prefix)
    {
        foreach (var (key, value) in tree)
        {
            if (value is JsonObject inner)
                foreach (var leaf in Leaves(inner, prefix + key + ".")) yield return leaf;
            else
                yield return (prefix + key, value);
        }
    }
}
