// Writes a copy of an .onnx file in which some float32 initializers have new values: the file is copied byte for byte and
// each chosen tensor's raw_data is replaced where it lies, with the same number of values, so the graph, every other
// initializer and every other byte stay identical (but ir_version, raised from 3 to 4 where it was lower: OnnxIrVersionPatch).
// One tensor is read, changed and written at a time (plus a copy buffer), whatever the model's size. The copy appears whole or not at all (AtomicFile), only inside the workspace
// (WorkspacePolicy), and never replaces an existing file.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>Sets the new values of <paramref name="weight"/>: <paramref name="values"/> holds its current values on entry.</summary>
public delegate void RewriteWeight(OnnxStoredWeight weight, Span<float> values);

public static class OnnxWeightRewriter
{
    const int CopyBuffer = 1 << 18;

    /// <summary>
    /// Writes <paramref name="target"/> (for the spec at <paramref name="specPath"/>, which bounds where it may be written) as a
    /// copy of <paramref name="source"/> with each of <paramref name="weights"/> passed through <paramref name="rewrite"/>,
    /// called once per weight in file order.
    /// </summary>
    public static void Write(string source, string target, string specPath, IReadOnlyCollection<OnnxStoredWeight> weights,
        RewriteWeight rewrite, CancellationToken cancellationToken = default)
    {
        var realSource = WorkspacePolicy.Current.ToRead(source, specPath, FileKind.Model);
        var realTarget = WorkspacePolicy.Current.ToWrite(target, specPath);
        if (File.Exists(realTarget) || new FileInfo(realTarget).LinkTarget is not null)
            throw new BackendException(RpcErrorCodes.SpecNotWritable, $"{target} already exists; it was left as it is and nothing was written.",
                new RpcErrorData { File = target, Hint = "Choose another model id, or move the existing file away first." });
        var ordered = weights.OrderBy(w => w.Offset).ToArray();
        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Offset < ordered[i - 1].Offset + 4L * ordered[i - 1].Count)
                throw new ArgumentException($"Tensors '{ordered[i - 1].Name}' and '{ordered[i].Name}' overlap in the file; each weight can be rewritten once.", nameof(weights));

        Directory.CreateDirectory(Path.GetDirectoryName(realTarget)!);
        var temp = AtomicFile.TempPathFor(realTarget);
        try
        {
            using (var input = File.OpenHandle(realSource, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
            using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var length = RandomAccess.GetLength(input);
                var copy = new byte[CopyBuffer];
                var values = new float[ordered.Length == 0 ? 0 : ordered.Max(w => w.Count)];
                long at = 0;
                foreach (var weight in ordered)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (weight.Offset + 4L * weight.Count > length)
                        throw new InvalidDataException($"Tensor '{weight.Name}' lies past the end of {source}: the file changed since it was read. Run the operation again.");
                    CopyRange(input, output, at, weight.Offset, copy);
                    var span = values.AsSpan(0, weight.Count);
                    weight.ReadInto(input, span);
                    rewrite(weight, span);
                    // In copy-buffer pieces: one write of a whole large tensor ran at a third of a plain copy's speed.
                    var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(span);
                    for (var from = 0; from < bytes.Length; from += CopyBuffer) output.Write(bytes[from..Math.Min(bytes.Length, from + CopyBuffer)]);
                    at = weight.Offset + 4L * weight.Count;
                }
                CopyRange(input, output, at, length, copy);
                output.Flush(flushToDisk: true);
            }
            OnnxIrVersionPatch.RaiseToFour(temp);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.PublishNew(temp, realTarget);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Copies bytes [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="input"/> to <paramref name="output"/> (also OnnxModelEdit's payloads).</summary>
    internal static void CopyRange(Microsoft.Win32.SafeHandles.SafeFileHandle input, Stream output, long from, long to, byte[] buffer)
    {
        for (var at = from; at < to;)
        {
            var got = RandomAccess.Read(input, buffer.AsSpan(0, (int)Math.Min(buffer.Length, to - at)), at);
            if (got == 0) throw new InvalidDataException("The model file became shorter while it was copied. Run the operation again.");
            output.Write(buffer, 0, got);
            at += got;
        }
    }
}
