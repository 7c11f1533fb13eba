// The memory Apache.Arrow may take while reading one outputs file: a message or body length in a damaged file asks for
// up to 2 GB per buffer, so every buffer is charged to the memory budget (MemoryBudget) before it is allocated.
using CompressCompare.Backend.Files;
using System.Buffers;
using Apache.Arrow.Memory;

namespace CompressCompare.Backend.Evaluation;

internal sealed class BudgetedArrowAllocator(string path) : NativeMemoryAllocator
{
    long _used;

    protected override IMemoryOwner<byte> AllocateInternal(int length, out int bytesAllocated)
    {
        _used += length;
        MemoryBudget.Check(_used, 1, path, "the Arrow file's buffers");
        return base.AllocateInternal(length, out bytesAllocated);
    }
}
