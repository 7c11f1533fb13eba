// Builds the digits demo once for the tests that inspect it (about fifteen seconds on two cores).
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Progress;

namespace Backend.Tests.Demo;

public sealed class DemoFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-demo-").FullName;
    public DemoReport Report { get; }

    public DemoFixture() => Report = DemoBuilder.Build(new DemoOptions(Folder, Seed: 1), NoProgress.Instance, CancellationToken.None);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
