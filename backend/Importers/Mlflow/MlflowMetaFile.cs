// The top-level scalars of an MLflow meta.yaml (experiment or run): name, lifecycle_stage, run_name, start_time…
// MLflow writes these with PyYAML: ids quoted ('1'), empty strings as '', long values folded over several lines.
// YamlDotNet reads all of that as YAML means it; splitting lines on ':' would not.
using CompressCompare.Backend.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CompressCompare.Backend.Importers.Mlflow;

public static class MlflowMetaFile
{
    /// <summary>The file's top-level scalar values by key (lists such as `tags: []` are left out); null with <paramref name="problem"/> set when it cannot be read.</summary>
    public static IReadOnlyDictionary<string, string>? Read(string path, string shownAs, out string? problem)
    {
        problem = null;
        string text;
        try
        {
            text = File.ReadAllText(WorkspacePolicy.Current.ToRead(path, null, FileKind.Record));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Errors.BackendException)
        {
            problem = $"{shownAs} cannot be read: {e.Message}";
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problem = $"{shownAs} is not a YAML mapping of keys to values";
                return null;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in root.Children)
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar }) values[name] = scalar;
            return values;
        }
        catch (YamlException e)
        {
            problem = $"{shownAs} line {e.Start.Line}, column {e.Start.Column}: not valid YAML ({e.Message})";
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 18.1 throws this, with no position, on some unterminated flow collections ("key: [open").
            problem = $"{shownAs}: not valid YAML ({e.Message}); look for an unclosed [ or {{";
            return null;
        }
    }
}
