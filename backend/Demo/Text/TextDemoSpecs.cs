// The two specs text-demo writes over the same held-out sentences and tokenizer: models.json, the topic classifier
// and its int8 copy (task classification, with labels and class names), and embedding.models.json, the pooled sentence
// embedding and its int8 copy (task embedding: no classes, compared by cosine, MSE and relative L2, with each
// sentence's topic as an attribute so Behaviors has subgroups to show). A spec's task is per dataset, hence two files;
// the second is named *.models.json so that the extension's default specGlob lists it in the sidebar.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompressCompare.Backend.Demo.Text;

internal static class TextDemoSpecs
{
    public static void WriteClassifier(string specPath, IReadOnlyList<string> classes, string basePath, string int8Path, double[] accuracies)
    {
        var dataset = Dataset("Topic sentences (held-out split)", new()
        {
            ["labels"] = "data/test-labels.npy",
            ["classes"] = new JsonArray([.. classes.Select(c => (JsonNode?)c)]),
        });
        Write(specPath, new JsonObject
        {
            ["metrics"] = new JsonArray(
                new JsonObject { ["name"] = "Accuracy", ["min"] = 0, ["max"] = 1, ["primary"] = true, ["format"] = ".1%" },
                SizeMetric()),
            ["operations"] = Operations(),
            ["models"] = new JsonArray(
                Model(TextDemoBuilder.Base, null, "MiniLM-L6 with a topic head (float32)", basePath, accuracies[0]),
                Model(TextDemoBuilder.Int8, TextDemoBuilder.Base, "int8 weights", int8Path, accuracies[1])),
            ["dataset"] = dataset,
        });
    }

    public static void WriteEmbedding(string specPath, string basePath, string int8Path)
    {
        var dataset = Dataset("Topic sentences (held-out split), sentence embeddings", new()
        {
            ["task"] = "embedding",
            ["attributes"] = "data/test-topics.csv",
        });
        Write(specPath, new JsonObject
        {
            ["metrics"] = new JsonArray(SizeMetric()),
            ["operations"] = Operations(),
            ["models"] = new JsonArray(
                Model(TextDemoBuilder.EmbeddingBase, null, "MiniLM-L6 sentence embedding (float32)", basePath, null),
                Model(TextDemoBuilder.EmbeddingInt8, TextDemoBuilder.EmbeddingBase, "int8 weights", int8Path, null)),
            ["dataset"] = dataset,
        });
    }

    /// <summary>The dataset object: its name, then <paramref name="fields"/>, then the shared text source.</summary>
    static JsonObject Dataset(string name, JsonObject fields)
    {
        var dataset = new JsonObject { ["name"] = name };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            dataset[key] = value;
        }
        dataset["text"] = new JsonObject
        {
            ["texts"] = "data/test.csv",
            ["column"] = "text",
            ["tokenizer"] = "model/vocab.txt",
            ["maxLength"] = TextDemoBuilder.MaxLength,
        };
        return dataset;
    }

    static JsonObject SizeMetric() => new() { ["name"] = "Model Size", ["min"] = 0, ["max"] = null, ["format"] = ".3~s", ["unit"] = "B" };

    static JsonArray Operations() => new(new JsonObject { ["name"] = "int8 quantize", ["parameters"] = new JsonObject() });

    static JsonObject Model(string id, string? parent, string tag, string path, double? accuracy)
    {
        var metrics = new JsonObject();
        if (accuracy is { } value) metrics["Accuracy"] = value;
        metrics["Model Size"] = new FileInfo(path).Length;
        return new JsonObject
        {
            ["id"] = id,
            ["base"] = parent,
            ["operation"] = parent is null ? null : new JsonObject { ["name"] = "int8 quantize", ["parameters"] = new JsonObject() },
            ["tag"] = tag,
            ["artifact"] = $"models/{Path.GetFileName(path)}",
            ["metrics"] = metrics,
        };
    }

    static void Write(string specPath, JsonObject spec) =>
        File.WriteAllText(specPath, spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
