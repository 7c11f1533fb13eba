// Appending models to a user's spec keeps every byte it does not own and never writes over a newer file.
using System.Text;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Spec;

public sealed class SpecWriterTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Write(string text, string name = "models.json")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    static JsonObject Model(string id, string parent) => new()
    {
        ["id"] = id,
        ["base"] = parent,
        ["operation"] = new JsonObject { ["name"] = "Prune", ["parameters"] = new JsonObject { ["amount"] = 0.5 } },
        ["metrics"] = new JsonObject { ["acc"] = 0.91 },
    };

    const string Original = """
        {
          // our lab's notes: keep this comment
          "x-owner": {"team": "vision", "ids": [1,2,3]},
          "metrics": [{"name": "acc", "primary": true}],
          "models": [
            {"id": "base", "metrics": {"acc": 0.95}, "x-run": "run-17"}
          ],
          "trailing": true
        }
        """;

    [Fact]
    public async Task A_spec_that_is_a_symbolic_link_stays_one_and_its_target_gets_the_model()
    {
        var target = Write(Original, "real.models.json");
        var link = Path.Combine(_dir, "models.json");
        File.CreateSymbolicLink(link, "real.models.json");
        var snapshot = await SpecSnapshot.ReadAsync(link, default);
        await SpecWriter.AppendModelsAsync(snapshot, [Model("p50", "base")], default);
        Assert.Equal("real.models.json", new FileInfo(link).LinkTarget);
        Assert.Contains("\"p50\"", File.ReadAllText(target));
    }

    [Fact]
    public async Task A_spec_linked_out_of_its_folder_is_not_written()
    {
        var outside = Directory.CreateTempSubdirectory("cc-writer-out-").FullName;
        try
        {
            var target = Path.Combine(outside, "models.json");
            File.WriteAllText(target, Original);
            var link = Path.Combine(_dir, "models.json");
            File.CreateSymbolicLink(link, target);
            var snapshot = await SpecSnapshot.ReadAsync(link, default); // the CLI reads what its user names
            var error = await Assert.ThrowsAsync<BackendException>(() => SpecWriter.AppendModelsAsync(snapshot, [Model("p50", "base")], default));
            Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
            Assert.Equal(Original, File.ReadAllText(target));
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    [Fact]
    public async Task Appends_inside_models_and_keeps_every_other_byte()
    {
        var path = Write(Original);
        var snapshot = await SpecSnapshot.ReadAsync(path, default);
        await SpecWriter.AppendModelsAsync(snapshot, [Model("p50", "base")], default);

        var after = File.ReadAllText(path);
        var insertAt = Original.IndexOf("\"x-run\": \"run-17\"}", StringComparison.Ordinal) + "\"x-run\": \"run-17\"}".Length;
        Assert.StartsWith(Original[..insertAt], after);
        Assert.EndsWith(Original[insertAt..], after);
        Assert.Contains("\n    {\n      \"id\": \"p50\",", after); // the new entry takes the existing items' indentation
        var summary = SpecParser.Parse(path, after, default);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(["base", "p50"], summary.Models.Select(m => m.Id));
        Assert.Equal(0.5, summary.Models[1].Operation!.Parameters["amount"].GetDouble());
        Assert.Empty(Directory.GetFiles(_dir, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public async Task Appends_to_an_empty_models_array_and_keeps_windows_line_endings()
    {
        var path = Write("{\r\n  \"metrics\": [],\r\n  \"models\": []\r\n}\r\n");
        await SpecWriter.AppendModelsAsync(await SpecSnapshot.ReadAsync(path, default), [Model("a", "b"), Model("b", "c")], default);
        var after = File.ReadAllText(path);
        Assert.DoesNotContain("\r\r", after);
        Assert.Equal(0, after.Replace("\r\n", "").Count(c => c == '\n'));
        Assert.Equal(["a", "b"], SpecParser.Parse(path, after, default).Models.Select(m => m.Id));
    }

    [Fact]
    public async Task Refuses_when_the_file_changed_after_it_was_read_and_leaves_it_alone()
    {
        var path = Write(Original);
        var snapshot = await SpecSnapshot.ReadAsync(path, default);
        var edited = Original.Replace("0.95", "0.96");
        File.WriteAllText(path, edited);
        var error = await Assert.ThrowsAsync<BackendException>(() => SpecWriter.AppendModelsAsync(snapshot, [Model("p50", "base")], default));
        Assert.Equal(RpcErrorCodes.SpecChanged, error.Code);
        Assert.Contains("Run the command again", error.ErrorData.Hint);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("{\"models\": [{\"id\": \"p50\"}]}", "already has a model \"p50\"")]
    [InlineData("{\"metrics\": []}", "no top-level \"models\" array")]
    [InlineData("{\"models\": [", "not valid JSON")]
    public async Task Refuses_changes_it_cannot_make_cleanly(string text, string why)
    {
        var path = Write(text);
        var error = await Assert.ThrowsAsync<BackendException>(async () =>
            await SpecWriter.AppendModelsAsync(await SpecSnapshot.ReadAsync(path, default), [Model("p50", "base")], default));
        Assert.Equal(RpcErrorCodes.SpecNotWritable, error.Code);
        Assert.Contains(why, error.Message);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public async Task Keeps_the_files_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Write(Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        await SpecWriter.AppendModelsAsync(await SpecSnapshot.ReadAsync(path, default), [Model("p50", "base")], default);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.True(Encoding.UTF8.GetByteCount(File.ReadAllText(path)) > Original.Length);
    }
}
