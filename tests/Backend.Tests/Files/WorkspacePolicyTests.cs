// The one path policy: inside the workspace (links followed), regular files only, sizes per kind, and the
// difference between reading (allowed folders too) and writing (the workspace only).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Files;

public sealed class WorkspacePolicyTests : IDisposable
{
    readonly string _workspace = RealPath.Of(Directory.CreateTempSubdirectory("cc-ws-").FullName);
    readonly string _outside = RealPath.Of(Directory.CreateTempSubdirectory("cc-out-").FullName);
    string Spec => Path.Combine(_workspace, "models.json");

    public WorkspacePolicyTests()
    {
        File.WriteAllText(Spec, "{}");
        File.WriteAllText(Path.Combine(_outside, "secret.csv"), "root:x:0:0");
    }

    public void Dispose()
    {
        Directory.Delete(_workspace, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    WorkspacePolicy InWorkspace(bool trusted = true, params string[] allowed) => new([_workspace], allowed, trusted);

    [Fact]
    public void A_file_linked_out_of_the_workspace_is_refused_for_reading_and_the_message_names_the_real_place()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace, "outputs.csv"), Path.Combine(_outside, "secret.csv"));
        foreach (var policy in new[] { InWorkspace(), WorkspacePolicy.CliDefault })
        {
            var error = Assert.Throws<BackendException>(() => policy.SpecFileToRead(Spec, "outputs.csv", FileKind.Outputs));
            Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
            Assert.Contains("resolves to", error.Message);
            Assert.DoesNotContain("root:x", error.Message);
        }
    }

    [Fact]
    public void A_linked_folder_on_the_way_is_refused_too()
    {
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "models"), _outside);
        var error = Assert.Throws<BackendException>(() => InWorkspace().SpecFileToRead(Spec, "models/secret.csv", FileKind.Model));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
    }

    [Fact]
    public void A_link_that_stays_inside_the_workspace_is_read_through()
    {
        Directory.CreateDirectory(Path.Combine(_workspace, "blobs"));
        File.WriteAllText(Path.Combine(_workspace, "blobs", "abc"), "x");
        File.CreateSymbolicLink(Path.Combine(_workspace, "model.onnx"), Path.Combine(_workspace, "blobs", "abc"));
        Assert.Equal(Path.Combine(_workspace, "blobs", "abc"), InWorkspace().SpecFileToRead(Spec, "model.onnx", FileKind.Model));
    }

    [Fact]
    public void An_allowed_folder_may_be_read_but_never_written()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace, "weights.safetensors"), Path.Combine(_outside, "secret.csv"));
        var policy = InWorkspace(trusted: true, _outside);
        Assert.Equal(Path.Combine(_outside, "secret.csv"), policy.SpecFileToRead(Spec, "weights.safetensors", FileKind.Model));
        var error = Assert.Throws<BackendException>(() => policy.ToWrite(Path.Combine(_workspace, "weights.safetensors"), Spec));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
    }

    [Fact]
    public void A_spec_outside_every_workspace_folder_is_refused_when_a_workspace_is_open()
    {
        var foreign = Path.Combine(_outside, "models.json");
        File.WriteAllText(foreign, "{}");
        Assert.Equal(RpcErrorCodes.PathRefused, Assert.Throws<BackendException>(() => InWorkspace().SpecToRead(foreign)).Code);
        Assert.False(InWorkspace().MayReadSpec(foreign));
        Assert.Equal(foreign, WorkspacePolicy.CliDefault.SpecToRead(foreign)); // the CLI reads what its user names
    }

    [Fact]
    public void Devices_are_refused_before_they_are_opened()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace, "model.onnx"), "/dev/urandom");
        File.CreateSymbolicLink(Path.Combine(_workspace, "zero.json"), "/dev/zero");
        // Outside the workspace in any case; with the device's folder allowed, its type still refuses it.
        var policy = InWorkspace(trusted: true, "/dev");
        var device = Assert.Throws<BackendException>(() => policy.SpecFileToRead(Spec, "model.onnx", FileKind.Model));
        Assert.Contains("not a regular file", device.Message);
        Assert.Contains("not a regular file", Assert.Throws<BackendException>(() => policy.SpecToRead(Path.Combine(_workspace, "zero.json"))).Message);
    }

    [Fact]
    public async Task A_fifo_is_refused_without_blocking()
    {
        var fifo = Path.Combine(_workspace, "labels.npy");
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])!;
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
        var error = Assert.Throws<BackendException>(() => InWorkspace().SpecFileToRead(Spec, "labels.npy", FileKind.Dataset));
        Assert.Contains("not a regular file", error.Message);
    }

    [Fact]
    public void A_file_over_its_kinds_size_is_refused()
    {
        using (var stream = File.Create(Path.Combine(_workspace, "big.models.json"))) stream.SetLength(FileKind.Spec.MaxBytes + 1);
        var error = Assert.Throws<BackendException>(() => InWorkspace().SpecToRead(Path.Combine(_workspace, "big.models.json")));
        Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
        Assert.Contains("refused", error.Message);
    }

    [Fact]
    public void Restricted_mode_refuses_work_on_models_and_writes()
    {
        var policy = InWorkspace(trusted: false);
        Assert.Equal(RpcErrorCodes.WorkspaceUntrusted, Assert.Throws<BackendException>(() => policy.RequireTrusted("Evaluating models")).Code);
        Assert.Equal(RpcErrorCodes.WorkspaceUntrusted, Assert.Throws<BackendException>(() => policy.ToWrite(Path.Combine(_workspace, "x"), Spec)).Code);
        Assert.Equal(Spec, policy.SpecToRead(Spec)); // reading specs still works
    }

    [Fact]
    public async Task The_policy_of_a_request_flows_to_the_work_it_starts_and_not_to_others()
    {
        var untrusted = InWorkspace(trusted: false);
        var seen = await Task.Run(async () =>
        {
            WorkspacePolicy.Use(untrusted);
            return await Task.Run(() => WorkspacePolicy.Current);
        });
        Assert.Same(untrusted, seen);
        Assert.Same(WorkspacePolicy.CliDefault, WorkspacePolicy.Current);
    }
}
