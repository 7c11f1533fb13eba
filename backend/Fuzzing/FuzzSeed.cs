// One valid input the fuzzer mutates: the bytes of a file for one reader (a target), its extension, and files it
// needs beside it (an ONNX model's external data), written unmutated next to each mutation.
namespace CompressCompare.Backend.Fuzzing;

public sealed record FuzzSeed(string Target, string Name, string Extension, byte[] Bytes, IReadOnlyDictionary<string, byte[]> Sidecars)
{
    public FuzzSeed(string target, string name, string extension, byte[] bytes) : this(target, name, extension, bytes, new Dictionary<string, byte[]>()) { }
}
