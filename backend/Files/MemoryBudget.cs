// How much memory decoding one file may take (constant folding, decoded weights, dataset and outputs arrays),
// read in one place from COMPRESS_COMPARE_MEMORY_BUDGET_MB (1 GiB by default). A hostile or damaged file that
// asks for more gets a MemoryBudgetExceeded error saying what to raise, instead of taking the backend to an OOM.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Files;

public static class MemoryBudget
{
    public const string Variable = "COMPRESS_COMPARE_MEMORY_BUDGET_MB";
    const long DefaultMegabytes = 1024;

    static readonly Lazy<long> Configured = new(() =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb is > 0 and < 1L << 40
            ? mb * 1024 * 1024 : DefaultMegabytes * 1024 * 1024);

    /// <summary>The budget in bytes.</summary>
    public static long Bytes => Configured.Value;

    /// <summary>Throws MemoryBudgetExceeded unless <paramref name="elements"/> of <paramref name="elementSize"/> bytes fit the budget.</summary>
    public static void Check(long elements, int elementSize, string file, string what)
    {
        if (elements < 0 || elements > Bytes / elementSize) throw Exceeded(file, what, elements, elementSize);
    }

    public static BackendException Exceeded(string file, string what, long elements, int elementSize) =>
        new(RpcErrorCodes.MemoryBudgetExceeded,
            $"{file}: {what} needs {Describe(elements, elementSize)}, more than the backend's memory budget of {Bytes / (1024 * 1024)} MiB.",
            new RpcErrorData
            {
                File = file,
                Hint = $"If the file is genuine, raise the budget: set the environment variable {Variable} (in MiB) before VS Code starts the backend; otherwise the file is damaged: export it again.",
            });

    static string Describe(long elements, int elementSize) =>
        elements < 0 || elements > long.MaxValue / elementSize ? "more values than memory can hold" : $"{elements * elementSize / (1024 * 1024)} MiB";
}
