// The temporary folder the quantized-weight test classes write their ONNX files to, removed after each test.
using Backend.Tests.Models.Onnx;

namespace Backend.Tests.Layers.Quantized;

public abstract class QuantizedFileTests : IDisposable
{
    internal OnnxTestFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
