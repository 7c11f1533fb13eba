// `compress` on a copy of the digits demo: ids are checked before any file is touched, a new model never
// replaces a file, and a model the spec then refuses leaves no files behind.
using Backend.Tests.Demo;
using CompressCompare.Backend.Compression.Command;
using System.Security.Cryptography;
using System.Text.Json;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Compression.Command;

[Collection(TorchSharpTests.Name)]
public sealed class CompressSafetyTests : IClassFixture<DemoFixture>, IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("cc-compress-").FullName;
    readonly string _folder;
    string Spec => Path.Combine(_folder, "models.json");
    string Models => Path.Combine(_folder, "models");

    public CompressSafetyTests(DemoFixture demo)
    {
        _folder = Path.Combine(_root, "study");
        foreach (var file in Directory.GetFiles(demo.Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_folder, Path.GetRelativePath(demo.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    Task<System.Text.Json.Nodes.JsonObject> Compress(string? newId, string model = "cnn") =>
        new CompressService().CompressAsync(new CompressRequest(Spec, model, "Magnitude Prune",
            new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(0.3) }, newId), CancellationToken.None);

    string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    string[] FolderState() =>
        [.. Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Order().Select(f => $"{Path.GetRelativePath(_root, f)}:{Hash(f)}")];

    [Fact]
    public async Task The_id_of_an_existing_model_is_refused_before_its_files_are_touched()
    {
        var before = FolderState();
        var error = await Assert.ThrowsAsync<BackendException>(() => Compress("cnn-prune50"));
        Assert.Contains("already has a model \"cnn-prune50\"", error.Message);
        Assert.Equal(before, FolderState());
    }

    [Theory]
    [InlineData("../escaped")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData(".hidden")]
    public async Task An_id_that_is_not_a_plain_file_name_is_refused_and_nothing_is_written(string id)
    {
        var before = FolderState();
        var error = await Assert.ThrowsAsync<BackendException>(() => Compress(id));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.Code);
        Assert.Contains("cannot name a model file", error.Message);
        Assert.Equal(before, FolderState());
    }

    [Fact]
    public async Task Files_already_holding_the_new_id_are_left_as_they_are()
    {
        File.WriteAllText(Path.Combine(Models, "mine.dat"), "a user's own checkpoint");
        var before = FolderState();
        var error = await Assert.ThrowsAsync<BackendException>(() => Compress("mine"));
        Assert.Contains("already exist", error.Message);
        Assert.Equal(before, FolderState());
    }

    [Fact]
    public async Task A_fresh_id_skips_names_whose_files_exist_and_the_model_is_added_whole()
    {
        File.WriteAllText(Path.Combine(Models, "cnn-magnitudeprune.onnx"), "someone else's");
        var entry = await Compress(newId: null);
        Assert.Equal("cnn-magnitudeprune-2", entry["id"]!.GetValue<string>());
        Assert.Equal("someone else's", File.ReadAllText(Path.Combine(Models, "cnn-magnitudeprune.onnx")));
        // Magnitude Prune on an .onnx parent takes the ONNX path: the child is its .onnx alone, no checkpoint.
        Assert.True(File.Exists(Path.Combine(Models, "cnn-magnitudeprune-2.onnx")));
        Assert.False(File.Exists(Path.Combine(Models, "cnn-magnitudeprune-2.dat")));
        Assert.Empty(Directory.GetFiles(_folder, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
        Assert.Contains("\"cnn-magnitudeprune-2\"", File.ReadAllText(Spec));
    }

    [Fact]
    public async Task When_the_spec_cannot_take_the_model_its_new_files_are_removed()
    {
        // The spec is a link to a file outside its folder: readable (the CLI reads what its user names), never written.
        var outside = Path.Combine(_root, "elsewhere.json");
        File.Move(Spec, outside);
        File.CreateSymbolicLink(Spec, outside);
        var models = Directory.GetFiles(Models).Order().ToArray();
        var error = await Assert.ThrowsAsync<BackendException>(() => Compress("cnn-p30"));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
        Assert.Equal(models, Directory.GetFiles(Models).Order().ToArray());
    }
}
