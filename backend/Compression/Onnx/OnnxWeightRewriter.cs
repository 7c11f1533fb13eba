// Writes a copy of an .onnx file in which some float32 initializers have new values: the file is copied byte for byte and
// each chosen tensor's raw_data is replaced where it lies, with the same number of values, so the graph, every other
// initializer and every other byte stay identical (but ir_version, raised from 3 to 4 where it was lower: OnnxIrVersionPatch).
// The file is read in chunks straight into the buffers a writer thread writes from (PipelinedFileWriter), and a weight's
// values are rewritten chunk by chunk in file order, so reading and computing overlap writing and memory holds a few
// chunks whatever the model's size. The copy appears whole or not at all (AtomicFile), only inside the workspace
// (WorkspacePolicy), and never replaces an existing file.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>
/// Sets the new values of <paramref name="weight"/>'s values from index <paramref name="from"/> on: <paramref name="values"/> holds
/// their current values on entry. Called for every chunk of a weight in order, and once with no values for an empty weight.
/// </summary>
public delegate void RewriteChunk(OnnxStoredWeight weight, int from, Span<float> values);

public static class OnnxWeightRewriter
{
    /// <summary>
    /// Writes <paramref name="target"/> (for the spec at <paramref name="specPath"/>, which bounds where it may be written) as a
    /// copy of <paramref name="source"/> with each of <paramref name="weights"/> passed through <paramref name="rewrite"/>,
    /// chunk by chunk, in file order.
    /// </summary>
    public static void Write(string source, string target, string specPath, IReadOnlyCollection<OnnxStoredWeight> weights,
        RewriteChunk rewrite, CancellationToken cancellationToken = default) => Write(source, target, specPath, weights, rewrite, pipelined: true, cancellationToken);

    /// <summary>Write, with <paramref name="pipelined"/> false writing each chunk on the caller's thread (the tests compare both).</summary>
    internal static void Write(string source, string target, string specPath, IReadOnlyCollection<OnnxStoredWeight> weights,
        RewriteChunk rewrite, bool pipelined, CancellationToken cancellationToken = default)
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
            // Unbuffered: every write is a whole chunk already.
            using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            using (var writer = PipelinedFileWriter.Open(output, 4L * ordered.Select(w => w.Count).DefaultIfEmpty().Max(), pipelined))
            {
                var length = RandomAccess.GetLength(input);
                long at = 0;
                foreach (var weight in ordered)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (weight.Offset + 4L * weight.Count > length)
                        throw new InvalidDataException($"Tensor '{weight.Name}' lies past the end of {source}: the file changed since it was read. Run the operation again.");
                    Copy(input, writer, at, weight.Offset);
                    var from = 0;
                    do
                    {
                        var count = Math.Min(writer.ChunkBytes / sizeof(float), weight.Count - from);
                        var chunk = writer.Rent();
                        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(chunk.AsSpan(0, 4 * count));
                        (weight with { Offset = weight.Offset + 4L * from, Count = count }).ReadInto(input, values);
                        rewrite(weight, from, values);
                        writer.Write(chunk, 4 * count);
                        from += count;
                    }
                    while (from < weight.Count);
                    at = weight.Offset + 4L * weight.Count;
                }
                Copy(input, writer, at, length);
                writer.Complete();
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

    /// <summary>Copies bytes [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="input"/> through <paramref name="writer"/>'s chunks.</summary>
    static void Copy(Microsoft.Win32.SafeHandles.SafeFileHandle input, PipelinedFileWriter writer, long from, long to)
    {
        for (var at = from; at < to;)
        {
            var chunk = writer.Rent();
            var got = RandomAccess.Read(input, chunk.AsSpan(0, (int)Math.Min(chunk.Length, to - at)), at);
            if (got == 0) throw new InvalidDataException("The model file became shorter while it was copied. Run the operation again.");
            writer.Write(chunk, got);
            at += got;
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
