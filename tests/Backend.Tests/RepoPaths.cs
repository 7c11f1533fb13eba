// Locates files of the repository from the test's bin folder.
namespace Backend.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Of(string relative) => Path.Combine(Root, relative);

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "protocol", "contract.json")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No repository root (a folder with protocol/contract.json) above {AppContext.BaseDirectory}.");
    }
}
