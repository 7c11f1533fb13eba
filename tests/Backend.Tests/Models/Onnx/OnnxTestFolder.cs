// A temporary folder per test, removed afterwards.
namespace Backend.Tests.Models.Onnx;

internal sealed class OnnxTestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cc-onnx-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
