// Our additions to the upstream format: a model's "artifact" and the top-level "dataset", with paths
// that must stay inside the spec's folder.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserDatasetAndArtifactTests
{
    [Fact]
    public void Reads_artifacts_and_a_complete_dataset()
    {
        var summary = Parse("""
            {"dataset": {"name": "digits", "inputs": "data/x.npy", "labels": "data/y.npy", "classes": ["zero", "one"],
                         "attributes": "data/a.csv", "instance": {"type": "image", "shape": [8, 8]}, "x-extra": 1},
             "models": [{"id": "a", "artifact": "models/a.onnx"}, {"id": "b", "base": "a"}]}
            """);
        NoDiagnostics(summary);
        Assert.Equal("models/a.onnx", summary.Models[0].Artifact);
        Assert.Null(summary.Models[1].Artifact);
        var dataset = summary.Dataset!;
        Assert.Equal(("digits", "data/x.npy", "data/y.npy", "data/a.csv"), (dataset.Name, dataset.Inputs, dataset.Labels, dataset.Attributes));
        Assert.Equal(["zero", "one"], dataset.Classes);
        Assert.Equal(InstanceKind.Image, dataset.Instance!.Type);
        Assert.Equal([8, 8], dataset.Instance.Shape);
    }

    [Fact]
    public void A_spec_without_a_dataset_has_none()
    {
        Assert.Null(Parse("""{"models": []}""").Dataset);
    }

    [Theory]
    [InlineData("../elsewhere/a.onnx")]
    [InlineData("/etc/passwd")]
    [InlineData("models/../../a.onnx")]
    [InlineData("")]
    public void Artifact_paths_that_leave_the_spec_folder_are_refused_at_the_value(string artifact)
    {
        var summary = Parse($$"""{"models": [{"id": "a", "artifact": "{{artifact}}"}]}""");
        var diagnostic = Single(summary, DiagnosticCodes.PathOutsideSpecFolder);
        At(diagnostic, DiagnosticSeverity.Error, 1, 37, 1, 37 + artifact.Length + 2);
        Assert.Equal("a", diagnostic.ModelId);
        Assert.Null(summary.Models[0].Artifact);
    }

    [Fact]
    public void Paths_inside_subfolders_with_dot_segments_that_stay_inside_are_accepted()
    {
        NoDiagnostics(Parse("""{"models": [{"id": "a", "artifact": "models/../models/./a.onnx"}]}"""));
    }

    [Fact]
    public void Dataset_paths_outside_the_folder_and_wrong_types_are_reported_and_the_rest_is_kept()
    {
        var summary = Parse("""
            {"dataset": {"inputs": "../x.npy", "labels": 3, "classes": ["a", 2], "instance": {"type": "video"}},
             "models": [{"id": "a"}]}
            """);
        Assert.Equal(DiagnosticCodes.PathOutsideSpecFolder, Single(summary, DiagnosticCodes.PathOutsideSpecFolder).Code);
        Assert.Equal(3, summary.Diagnostics.Count(d => d.Code == DiagnosticCodes.WrongType));
        Assert.Equal(("a", null, null), (summary.Models[0].Id, summary.Dataset!.Inputs, summary.Dataset.Labels));
        Assert.Empty(summary.Dataset.Classes);
        Assert.Null(summary.Dataset.Instance);
    }

    [Fact]
    public void An_image_shape_must_be_two_or_three_positive_whole_numbers()
    {
        var summary = Parse("""{"dataset": {"instance": {"type": "image", "shape": [28, 0]}}, "models": []}""");
        Assert.Contains("positive whole numbers", Single(summary, DiagnosticCodes.WrongType).Message);
        Assert.Null(summary.Dataset!.Instance!.Shape);
    }
}

public sealed class SpecParserMissingFileTests
{
    [Fact]
    public void Named_files_that_do_not_exist_get_a_warning_at_the_path_and_are_still_kept()
    {
        var present = new HashSet<string> { Path.GetFullPath("/specs/models/a.onnx"), Path.GetFullPath("/specs/data/x.npy") };
        var summary = CompressCompare.Backend.Spec.SpecParser.Parse(SpecAssert.SpecPath, """
            {"dataset": {"inputs": "data/x.npy", "labels": "data/y.npy"},
             "models": [{"id": "a", "artifact": "models/a.onnx"}, {"id": "b", "artifact": "models/b.onnx"}]}
            """, default, present.Contains);
        var missing = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.FileMissing).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("data/y.npy", missing[0].Message);
        Assert.Equal(("b", 2), (missing[1].ModelId, missing[1].Line));
        Assert.Equal("models/b.onnx", summary.Models[1].Artifact);
    }

    [Fact]
    public void Precomputed_outputs_are_read_like_artifacts_and_a_missing_file_is_warned_at_the_path()
    {
        var present = new HashSet<string> { Path.GetFullPath("/specs/outputs/a.csv") };
        var summary = CompressCompare.Backend.Spec.SpecParser.Parse(SpecAssert.SpecPath, """
            {"models": [{"id": "a", "outputs": "outputs/a.csv"}, {"id": "b", "outputs": "outputs/b.arrow"}, {"id": "c", "outputs": "../c.csv"}]}
            """, default, present.Contains);
        Assert.Equal(["outputs/a.csv", "outputs/b.arrow", null], summary.Models.Select(m => m.Outputs));
        var missing = Assert.Single(summary.Diagnostics, d => d.Code == DiagnosticCodes.FileMissing);
        Assert.Equal(("b", DiagnosticSeverity.Warning), (missing.ModelId, missing.Severity));
        Assert.Contains("\"outputs\"", missing.Message);
        Assert.Equal("c", Assert.Single(summary.Diagnostics, d => d.Code == DiagnosticCodes.PathOutsideSpecFolder).ModelId);
    }

    [Fact]
    public void Without_a_file_system_check_nothing_is_reported()
    {
        SpecAssert.NoDiagnostics(SpecAssert.Parse("""{"models": [{"id": "a", "artifact": "models/nope.onnx"}]}"""));
    }
}
