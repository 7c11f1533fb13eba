// Fills a span from a file position however many reads it takes: RandomAccess.Read may return fewer bytes than asked
// for, and 0 at the end of the file. Every reader by position needs this loop; the caller says what a file that ends
// early means for it (a damaged file, or one that changed while it was read).
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Files;

public static class PositionalRead
{
    public static void Exactly(SafeFileHandle handle, Span<byte> bytes, long at, Func<Exception> endedEarly)
    {
        while (bytes.Length > 0)
        {
            var n = RandomAccess.Read(handle, bytes, at);
            if (n == 0) throw endedEarly();
            bytes = bytes[n..];
            at += n;
        }
    }
}
