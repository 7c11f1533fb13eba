// Reads the optional top-level "dataset": where the evaluation arrays are and how to show an instance.
using CompressCompare.Protocol.Spec;
using CompressCompare.Protocol;

namespace CompressCompare.Backend.Spec;

internal static class DatasetReader
{
    const string Owner = "the dataset";

    public static DatasetSummary? Read(JsonObjectNode top, string specFolder, SpecDiagnosticSink sink)
    {
        var node = top.Find(SpecFields.Top.Dataset);
        if (node is null || node.IsNull) return null;
        if (node is not JsonObjectNode dataset)
        {
            FieldReader.ReportWrongType(node, SpecFields.Top.Dataset, "the spec", "an object", sink);
            return null;
        }
        var (inputs, inputFiles) = ReadInputs(dataset, specFolder, sink);
        var text = TextDatasetReader.Read(dataset, specFolder, sink);
        var (task, threshold) = DatasetTaskReader.Read(dataset, sink);
        return new DatasetSummary
        {
            Name = FieldReader.OptionalString(dataset, SpecFields.Dataset.Name, Owner, sink),
            Inputs = inputs,
            InputFiles = inputFiles,
            Images = ImageFolderReader.Read(dataset, specFolder, sink),
            Output = FieldReader.OptionalString(dataset, SpecFields.Dataset.Output, Owner, sink),
            Labels = SpecRelativePath.Read(dataset, SpecFields.Dataset.Labels, Owner, specFolder, sink),
            Classes = ReadClasses(dataset, sink),
            Attributes = SpecRelativePath.Read(dataset, SpecFields.Dataset.Attributes, Owner, specFolder, sink),
            // A text dataset shows its own texts unless the spec says otherwise.
            Instance = ReadInstance(dataset, specFolder, sink) ?? (text is null ? null : new InstanceView { Type = InstanceKind.Text, Texts = text.Texts }),
            Text = text,
            Task = task,
            Threshold = threshold,
        };
    }

    /// <summary>"inputs" as one .npy path, or as {model input name: .npy path}; both null when absent or of another type (reported).</summary>
    static (string? Path, IReadOnlyDictionary<string, string>? Files) ReadInputs(JsonObjectNode dataset, string specFolder, SpecDiagnosticSink sink)
    {
        var node = dataset.Find(SpecFields.Dataset.Inputs);
        if (node is JsonObjectNode inputs) return (null, ReadInputFiles(inputs, specFolder, sink));
        if (node is null or JsonScalarNode { Kind: System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null })
            return (SpecRelativePath.Read(dataset, SpecFields.Dataset.Inputs, Owner, specFolder, sink), null);
        FieldReader.ReportWrongType(node, SpecFields.Dataset.Inputs, Owner, "a .npy path or an object {\"<model input name>\": \"<.npy path>\"}", sink);
        return (null, null);
    }

    static IReadOnlyDictionary<string, string> ReadInputFiles(JsonObjectNode inputs, string specFolder, SpecDiagnosticSink sink)
    {
        const string owner = "the dataset's inputs";
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in inputs.Properties.Select(p => p.Name).Distinct())
        {
            if (inputs.Find(name) is not JsonScalarNode { Text: not null })
            {
                FieldReader.ReportWrongType(inputs.Find(name)!, name, owner, "the path of a .npy file for that model input, relative to the spec", sink);
                continue;
            }
            if (SpecRelativePath.Read(inputs, name, owner, specFolder, sink) is { } path) files[name] = path;
        }
        return files;
    }

    static IReadOnlyList<string> ReadClasses(JsonObjectNode dataset, SpecDiagnosticSink sink)
    {
        var node = dataset.Find(SpecFields.Dataset.Classes);
        if (node is null || node.IsNull) return [];
        if (node is JsonArrayNode array && array.Items.All(i => i is JsonScalarNode { Text: not null }))
            return [.. array.Items.Select(i => ((JsonScalarNode)i).Text!)];
        FieldReader.ReportWrongType(node, SpecFields.Dataset.Classes, Owner, "an array of class names (strings) in class-index order", sink);
        return [];
    }

    static InstanceView? ReadInstance(JsonObjectNode dataset, string specFolder, SpecDiagnosticSink sink)
    {
        var node = dataset.Find(SpecFields.Dataset.Instance);
        if (node is null || node.IsNull) return null;
        const string owner = "the dataset's instance";
        if (node is not JsonObjectNode instance)
        {
            FieldReader.ReportWrongType(node, SpecFields.Dataset.Instance, Owner, "an object like {\"type\": \"image\", \"shape\": [28, 28]}", sink);
            return null;
        }
        var type = FieldReader.OptionalString(instance, SpecFields.Instance.Type, owner, sink);
        if (!WireEnum.TryParse<InstanceKind>(type, out var kind))
        {
            var typeNode = instance.Find(SpecFields.Instance.Type) ?? instance;
            if (type is not null || instance.Find(SpecFields.Instance.Type) is null)
                FieldReader.ReportWrongType(typeNode, SpecFields.Instance.Type, owner, "\"image\" or \"text\"", sink);
            return null;
        }
        return new InstanceView
        {
            Type = kind,
            Shape = ReadShape(instance, owner, sink),
            Texts = SpecRelativePath.Read(instance, SpecFields.Instance.Texts, owner, specFolder, sink),
        };
    }

    static IReadOnlyList<int>? ReadShape(JsonObjectNode instance, string owner, SpecDiagnosticSink sink)
    {
        var node = instance.Find(SpecFields.Instance.Shape);
        if (node is null || node.IsNull) return null;
        if (node is JsonArrayNode { Items.Count: 2 or 3 } array &&
            array.Items.All(i => i is JsonScalarNode { Number: { } n } && n >= 1 && n == Math.Floor(n) && n <= 65536))
            return [.. array.Items.Select(i => (int)((JsonScalarNode)i).Number!.Value)];
        FieldReader.ReportWrongType(node, SpecFields.Instance.Shape, owner, "[height, width] or [height, width, channels] in positive whole numbers", sink);
        return null;
    }
}
