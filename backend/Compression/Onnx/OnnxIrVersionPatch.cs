// Models saved at IR version 3 (CNTK's exports, such as NuGet's ResNet-18) break a rule that IR 4 dropped: every initializer
// must also be a graph input. ONNX Runtime tolerates them, the ONNX checker does not. An operation that rewrites weights in
// place keeps every other byte, so it raises that one byte instead: ir_version 3 → 4 is the same one-byte varint, and IR 4
// changed nothing else, so the compressed copy is a valid model even where its source was not.
using CompressCompare.Backend.Models.Onnx;
using Google.Protobuf;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxIrVersionPatch
{
    const int ModelIrVersion = 1;

    /// <summary>Raises the ir_version of the .onnx file at <paramref name="path"/> to 4 in place when it is below 4; true when it did.</summary>
    public static bool RaiseToFour(string path)
    {
        long? at = null;
        using (var stream = File.OpenRead(path))
        using (var input = new CodedInputStream(stream, leaveOpen: true))
        {
            for (uint tag; (tag = input.ReadTag()) != 0;)
            {
                if (WireFormat.GetTagFieldNumber(tag) == ModelIrVersion && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint)
                {
                    var position = input.Position;
                    var version = input.ReadInt64();
                    // Only a one-byte varint below 4 is raised, so no other byte moves.
                    if (version is >= 0 and < 4 && input.Position == position + 1) at = position;
                    break;
                }
                input.SkipLastField();
            }
        }
        if (at is not { } offset) return false;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        RandomAccess.Write(handle, [(byte)OnnxOpsetUpgrade.IrVersionFor(1)], offset);
        return true;
    }
}
