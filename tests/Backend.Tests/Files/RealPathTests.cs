// RealPath follows links the way the OS does, so the policy judges where a path really lands.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Files;

public sealed class RealPathTests : IDisposable
{
    readonly string _root = RealPath.Of(Directory.CreateTempSubdirectory("cc-realpath-").FullName);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_plain_path_is_itself()
    {
        var file = Path.Combine(_root, "a.json");
        File.WriteAllText(file, "{}");
        Assert.Equal(file, RealPath.Of(file));
        Assert.Equal(Path.Combine(_root, "not", "yet.json"), RealPath.Of(Path.Combine(_root, "not", "yet.json")));
    }

    [Fact]
    public void A_link_in_the_middle_of_a_path_is_followed()
    {
        var outside = Directory.CreateTempSubdirectory("cc-outside-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_root, "models"), outside);
            Assert.Equal(Path.Combine(RealPath.Of(outside), "m.onnx"), RealPath.Of(Path.Combine(_root, "models", "m.onnx")));
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    [Fact]
    public void Dot_dot_after_a_link_leaves_the_link_target_not_the_link_folder()
    {
        // The text "ws/link/../secret" reads as "ws/secret"; the OS opens "<target's parent>/secret".
        var deep = Directory.CreateDirectory(Path.Combine(_root, "elsewhere", "deep")).FullName;
        var workspace = Directory.CreateDirectory(Path.Combine(_root, "ws")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(workspace, "link"), deep);
        Assert.Equal(Path.Combine(_root, "elsewhere", "secret"), RealPath.Of(Path.Combine(workspace, "link", "..", "secret")));
    }

    [Fact]
    public void Relative_and_chained_links_resolve()
    {
        File.WriteAllText(Path.Combine(_root, "target.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(_root, "one"), "target.json");
        File.CreateSymbolicLink(Path.Combine(_root, "two"), Path.Combine(_root, "one"));
        Assert.Equal(Path.Combine(_root, "target.json"), RealPath.Of(Path.Combine(_root, "two")));
    }

    [Fact]
    public void A_link_loop_is_refused_with_a_code()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "a"), Path.Combine(_root, "b"));
        File.CreateSymbolicLink(Path.Combine(_root, "b"), Path.Combine(_root, "a"));
        var error = Assert.Throws<BackendException>(() => RealPath.Of(Path.Combine(_root, "a")));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
    }

    [Fact]
    public void A_nul_character_is_refused_with_a_code_not_an_argument_exception()
    {
        var error = Assert.Throws<BackendException>(() => RealPath.Of(Path.Combine(_root, "a\0b")));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
    }

    [Theory]
    [InlineData("/ws/a", "/ws", true)]
    [InlineData("/ws", "/ws", true)]
    [InlineData("/ws/", "/ws", true)]
    [InlineData("/wsx/a", "/ws", false)]
    [InlineData("/w", "/ws", false)]
    [InlineData("/anything", "/", true)]
    public void IsInside_compares_whole_path_components(string path, string folder, bool inside) =>
        Assert.Equal(inside, RealPath.IsInside(path.TrimEnd('/') is "" ? "/" : path.TrimEnd('/'), folder));
}
