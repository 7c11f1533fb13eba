// The two MLflow file formats read line by line: meta.yaml (bad YAML is a located problem, never an exception) and
// a metric's history (the last step's value; bad lines named by number).
using CompressCompare.Backend.Importers.Mlflow;

namespace Backend.Tests.Importers;

public sealed class MlflowFileTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-mlflow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string Write(string text)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Meta_reads_quoted_ids_empty_strings_and_folded_values()
    {
        var meta = MlflowMetaFile.Read(Write("experiment_id: '7'\nsource_name: ''\nrun_name: a very\n  long name\ntags: []\n"), "meta.yaml", out var problem);
        Assert.Null(problem);
        Assert.Equal("7", meta!["experiment_id"]);
        Assert.Equal("", meta["source_name"]);
        Assert.Equal("a very long name", meta["run_name"]);
        Assert.False(meta.ContainsKey("tags"));
    }

    [Theory]
    [InlineData("name: a: b\n", "meta.yaml line 1, column ")]
    [InlineData("run_id: [unclosed\nrun_name: x\n", "meta.yaml: not valid YAML")]
    [InlineData("- a\n- b\n", "meta.yaml is not a YAML mapping")]
    public void Bad_meta_is_a_problem_that_names_the_file(string text, string expected)
    {
        Assert.Null(MlflowMetaFile.Read(Write(text), "meta.yaml", out var problem));
        Assert.StartsWith(expected, problem);
    }

    [Fact]
    public void A_metric_is_its_last_steps_value_and_the_later_line_wins_a_tie()
    {
        var problems = new List<string>();
        Assert.Equal(0.4, MlflowMetricFile.LastValue(Write("1 0.1 0\n2 0.3 5\n3 0.2 4\n4 0.4 5\n"), "metrics/m", problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Old_two_field_lines_count_as_step_zero()
    {
        var problems = new List<string>();
        Assert.Equal(0.2, MlflowMetricFile.LastValue(Write("1 0.1\n2 0.2\n"), "metrics/m", problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void Bad_lines_are_named_and_a_file_without_values_gives_none()
    {
        var problems = new List<string>();
        Assert.Null(MlflowMetricFile.LastValue(Write("1 nan 0\n2 0.5 x\nbroken\n"), "metrics/m", problems));
        Assert.Equal([
            "metrics/m line 1: the value \"nan\" is not a finite number",
            "metrics/m line 2: the step \"x\" is not a whole number",
            "metrics/m line 3: expected \"timestamp value step\", found \"broken\"",
        ], problems);
        var empty = new List<string>();
        Assert.Null(MlflowMetricFile.LastValue(Write(""), "metrics/e", empty));
        Assert.Equal(["metrics/e holds no values"], empty);
    }
}
