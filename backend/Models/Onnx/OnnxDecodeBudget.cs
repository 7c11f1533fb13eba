// The memory one read of an ONNX model may spend on decoded and folded tensors, summed over the walk: folded values
// stay in scope until the walk ends, so a graph that doubles a tensor 30 times (Concat(x, x)...) is stopped at the
// budget (MemoryBudget) with a coded error instead of reaching 8 GB.
using CompressCompare.Backend.Files;
namespace CompressCompare.Backend.Models.Onnx;

internal sealed class OnnxDecodeBudget(string file)
{
    long _used;

    public string File { get; } = file;

    /// <summary>Bytes charged so far.</summary>
    public long Used => _used;

    /// <summary>A budget for callers that fold outside a model walk (tests, one-off folds).</summary>
    public static OnnxDecodeBudget Unnamed() => new("(ONNX model)");

    public float[] Floats(long count, string what) { Take(count, sizeof(float), what); return new float[count]; }
    public long[] Longs(long count, string what) { Take(count, sizeof(long), what); return new long[count]; }
    public int[] Ints(long count, string what) { Take(count, sizeof(int), what); return new int[count]; }

    /// <summary>Charges <paramref name="count"/> values of <paramref name="size"/> bytes; throws MemoryBudgetExceeded past the budget.</summary>
    public void Take(long count, int size, string what)
    {
        var left = MemoryBudget.Bytes - _used;
        // Arrays also stop at Array.MaxLength elements, whatever the budget.
        if (count < 0 || count > Array.MaxLength || count > left / size)
            throw MemoryBudget.Exceeded(File, what, count < 0 ? -1 : count + _used / size, size);
        _used += count * size;
    }
}
