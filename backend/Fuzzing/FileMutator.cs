// Picks how to mutate a model-file seed: format-blind byte edits for all; for ONNX also edits of the parsed model
// (OnnxMutator); for .safetensors also edits of its JSON header (JsonMutator) written back behind a length prefix that
// is usually right, so the fields behind the format's framing are reached.
using System.Buffers.Binary;
using System.Text;

namespace CompressCompare.Backend.Fuzzing;

public static class FileMutator
{
    public static (byte[] Bytes, string Mutation) Mutate(FuzzSeed seed, FuzzSeed other, Random random)
    {
        if (seed.Extension == ".onnx" && random.Next(2) == 0)
        {
            var (bytes, what) = OnnxMutator.Mutate(seed.Bytes, random);
            if (random.Next(4) != 0) return (bytes, what);
            // One time in four, byte edits on top: a structurally odd model whose framing is broken too.
            var (mutated, more) = ByteMutator.Mutate(bytes, other.Bytes, random);
            return (mutated, $"{what} + {more}");
        }
        if (seed.Target == FuzzTargets.Safetensors && random.Next(2) == 0 && seed.Bytes.Length >= 8)
        {
            var length = BinaryPrimitives.ReadInt64LittleEndian(seed.Bytes);
            if (length > 0 && length <= seed.Bytes.Length - 8)
            {
                var header = Encoding.UTF8.GetString(seed.Bytes, 8, (int)length);
                var (text, what) = JsonMutator.Mutate(header, random);
                var json = Encoding.UTF8.GetBytes(text);
                var prefix = new byte[8];
                // One time in eight the old length stays: the header then runs into the data or stops short of its end.
                BinaryPrimitives.WriteInt64LittleEndian(prefix, random.Next(8) == 0 ? length : json.Length);
                return ([.. prefix, .. json, .. seed.Bytes.AsSpan(8 + (int)length)], "header: " + what);
            }
        }
        return ByteMutator.Mutate(seed.Bytes, other.Bytes, random);
    }
}
