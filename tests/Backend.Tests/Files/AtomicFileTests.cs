// New files appear whole and never replace an existing one; temp files of killed runs are cleaned up.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;

namespace Backend.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>As the backend publishes a new file: written under a temp name, then given its name; the temp never stays.</summary>
    static void Publish(string path, ReadOnlySpan<byte> content)
    {
        var temp = AtomicFile.TempPathFor(path);
        File.WriteAllBytes(temp, content.ToArray());
        try { AtomicFile.PublishNew(temp, path); }
        finally { File.Delete(temp); }
    }

    [Fact]
    public void PublishNew_refuses_an_existing_file_and_leaves_it_as_it_was()
    {
        var path = Path.Combine(_dir, "base.onnx");
        File.WriteAllText(path, "the base model");
        Assert.Throws<BackendException>(() => Publish(path, "another model"u8));
        Assert.Equal("the base model", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void PublishNew_refuses_a_dangling_link_rather_than_writing_where_it_points()
    {
        var target = Path.Combine(_dir, "elsewhere.txt");
        var link = Path.Combine(_dir, "new.onnx");
        File.CreateSymbolicLink(link, target);
        Assert.Throws<BackendException>(() => Publish(link, "x"u8));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void PublishNew_creates_the_file_whole_and_leaves_no_temp()
    {
        var path = Path.Combine(_dir, "child.onnx");
        Publish(path, "model"u8);
        Assert.Equal("model", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(_dir, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        var path = Path.Combine(_dir, "child.onnx");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteReplacing(path, _ => throw new InvalidOperationException("export failed")));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Stale_temps_of_dead_processes_are_removed_and_live_ones_kept()
    {
        var dead = Path.Combine(_dir, $".models.json.{int.MaxValue - 7}.0123456789abcdef{AtomicFile.TempSuffix}");
        var mine = AtomicFile.TempPathFor(Path.Combine(_dir, "models.json"));
        var old = Path.Combine(_dir, $".x.onnx.{Environment.ProcessId}.feed{AtomicFile.TempSuffix}");
        var user = Path.Combine(_dir, "notes.tmp");
        foreach (var file in new[] { dead, mine, old, user }) File.WriteAllText(file, "");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        Assert.Equal(2, AtomicFile.RemoveStaleTemps(_dir));
        Assert.False(File.Exists(dead));
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(mine));
        Assert.True(File.Exists(user)); // not ours: never touched
    }
}
