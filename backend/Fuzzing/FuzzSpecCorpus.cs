// The spec texts the fuzzer starts from: the repository's spec fixtures when it runs inside the repository, synthetic
// sweeps (SyntheticSpec, the Model Map benchmark's generator) and a hand-written spec that uses every field a spec
// may hold (dataset with inputs, labels, classes, attributes and instance type; artifacts and outputs; every parameter
// type), so mutations reach every part of the parser.
using CompressCompare.Backend.ModelMap.Bench;

namespace CompressCompare.Backend.Fuzzing;

public static class FuzzSpecCorpus
{
    public static List<string> Build()
    {
        var specs = new List<string> { EveryField, """{"models":[{"id":"a","base":null,"metrics":{}}]}""", "[]", "{}" };
        for (var seed = 1; seed <= 3; seed++) specs.Add(SyntheticSpec.Generate(12 * seed, seed));
        if (FixturesFolder() is { } folder)
            specs.AddRange(Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return specs;
    }

    /// <summary>tests/fixtures/specs above the working directory or the program, when there is one.</summary>
    static string? FixturesFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Path.Combine(dir.FullName, "tests", "fixtures", "specs") is var folder && Directory.Exists(folder))
                    return folder;
        return null;
    }

    const string EveryField = """
        {
          "metrics": [
            { "name": "accuracy", "min": 0, "max": 1, "primary": true, "format": ".2~%" },
            { "name": "size", "min": 0, "max": null, "format": ".3~s", "unit": "B" }
          ],
          "operations": [
            { "name": "prune", "parameters": { "amount": { "type": "continuous", "min": 0, "max": 1 },
                                               "scope": { "type": "ordinal", "options": ["global", "local"] },
                                               "method": { "type": "nominal", "options": ["l1", "random"] } } },
            { "name": "quantize", "parameters": ["bits"] }
          ],
          "dataset": {
            "name": "digits", "inputs": "data/x.npy", "labels": "data/y.npy", "classes": ["zero", "one", "two"],
            "attributes": "data/attributes.csv", "instance": { "type": "image", "shape": [8, 8] }
          },
          "models": [
            { "id": "base", "base": null, "operation": null, "tag": "base", "artifact": "models/base.onnx",
              "metrics": { "accuracy": 0.97, "size": 16384 } },
            { "id": "pruned", "base": "base", "operation": { "name": "prune", "parameters": { "amount": 0.5, "scope": "global", "method": "l1" } },
              "tag": "p50", "artifact": "models/pruned.safetensors", "metrics": { "accuracy": 0.95, "size": 8192 } },
            { "id": "quantized", "base": "pruned", "operation": { "name": "quantize", "parameters": { "bits": 8 } },
              "outputs": "outputs/quantized.arrow", "metrics": { "accuracy": 0.94, "size": null } }
          ]
        }
        """;
}
