// One model input tied to the dataset array that feeds it, converted once to the input's element type so a
// batch is a view of that array (no copy), except the last batch of a fixed-batch model, which is padded.
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Evaluation.Signatures;

internal abstract class BoundInput(string name, long[] instanceShape)
{
    public string Name { get; } = name;
    /// <summary>The shape of one instance as the model takes it (the dataset's when the model leaves a dimension symbolic).</summary>
    public long[] InstanceShape { get; } = instanceShape;
    public int Values { get; } = checked((int)instanceShape.Aggregate(1L, (a, d) => a * d));

    /// <summary>
    /// Rows start..start+count as a tensor of <paramref name="batch"/> rows: a view when they are equal, zero-padded otherwise;
    /// <paramref name="copy"/> always copies into a new array (the benchmark's bare pass builds its batches so, as it always has).
    /// </summary>
    public abstract OrtValue Batch(int start, int count, int batch, CancellationToken cancellationToken, bool copy = false);

    /// <summary>An input whose rows <paramref name="upTo"/> hands out once read; <paramref name="stop"/>, when given, ends what fills them (a background cast) on Dispose.</summary>
    public static BoundInput Of<T>(string name, long[] instanceShape, Func<int, CancellationToken, T[]> upTo, Action? stop = null) where T : unmanaged =>
        new Typed<T>(name, instanceShape, upTo, stop);

    sealed class Typed<T>(string name, long[] instanceShape, Func<int, CancellationToken, T[]> upTo, Action? stop) : BoundInput(name, instanceShape), IDisposable where T : unmanaged
    {
        public void Dispose() => stop?.Invoke();

        T[]? _padded;

        public override OrtValue Batch(int start, int count, int batch, CancellationToken cancellationToken, bool copy = false)
        {
            // Waits only while a streamed read has not reached these rows yet.
            var values = upTo(start + count, cancellationToken);
            long[] shape = [batch, .. InstanceShape];
            var rows = values.AsMemory(start * Values, count * Values);
            if (count == batch && !copy) return OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, rows, shape);
            if (copy)
            {
                var own = new T[batch * Values];
                rows.Span.CopyTo(own);
                return OrtValue.CreateTensorValueFromMemory(own, shape);
            }
            // The last rows of a model whose batch is fixed: padded with zeros, and the padding's outputs dropped.
            _padded ??= new T[batch * Values];
            Array.Clear(_padded);
            rows.Span.CopyTo(_padded);
            return OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _padded.AsMemory(), shape);
        }
    }
}
