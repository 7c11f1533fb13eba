// A tiny text "model" whose logits can be computed by hand from the token ids, and a workspace with a vocab,
// texts and a text-dataset spec: enough to check that the evaluation feeds exactly the tokenizer's ids and mask.
using Backend.Tests.Evaluation.Signatures;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Evaluation.Text;

internal static class TextModels
{
    /// <summary>[PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, a 4, b 5, c 6, [MASK] 7 (BertTokenizer wants every special token).</summary>
    public const string Vocab = "[PAD]\n[UNK]\n[CLS]\n[SEP]\na\nb\nc\n[MASK]\n";

    /// <summary>
    /// input_ids, attention_mask, token_type_ids of <paramref name="type"/> [batch, <paramref name="sequence"/>] →
    /// logits [batch, 2] = [Σ mask, 0.1 · Σ (ids · mask + types)]: the real token count and a sum of the ids.
    /// </summary>
    public static ModelProto Counter(OnnxDataType type, object sequence, string[]? inputs = null)
    {
        inputs ??= ["input_ids", "attention_mask", "token_type_ids"];
        var graph = new GraphProto { Name = "counter", Initializer = { Int64s("axes", 1), Floats("tenth", [0.1f], []) } };
        foreach (var name in inputs)
        {
            graph.Input.Add(ValueInfo(name, type, "batch", sequence));
            graph.Node.Add(Node("Cast", $"{name}_float", [name], $"{name}_f", Int("to", (long)OnnxDataType.Float)));
        }
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, "batch", 2));
        graph.Node.Add(Node("Mul", "masked", [$"{inputs[0]}_f", $"{inputs[1]}_f"], "masked"));
        graph.Node.Add(Node(inputs.Length > 2 ? "Add" : "Identity", "typed", inputs.Length > 2 ? ["masked", $"{inputs[2]}_f"] : ["masked"], "h"));
        graph.Node.Add(Node("ReduceSum", "count", [$"{inputs[1]}_f", "axes"], "count", Int("keepdims", 1)));
        graph.Node.Add(Node("ReduceSum", "sum", ["h", "axes"], "sum", Int("keepdims", 1)));
        graph.Node.Add(Node("Mul", "scaled", ["sum", "tenth"], "scaled"));
        graph.Node.Add(Node("Concat", "logits", ["count", "scaled"], "logits", Int("axis", 1)));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>A workspace with vocab.txt, texts.txt (one per line) and a spec of model "m" on them; <paramref name="text"/> is extra JSON for the dataset's "text".</summary>
    public static SignatureWorkspace Workspace(ModelProto model, string[] texts, long[] labels, string text = "")
    {
        var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", model);
        File.WriteAllText(workspace.File("vocab.txt"), Vocab);
        File.WriteAllText(workspace.File("texts.txt"), string.Join("\n", texts) + "\n");
        workspace.WriteSpec(labels, """[{"id": "m", "artifact": "m.onnx"}]""",
            $" \"text\": {{\"texts\": \"texts.txt\", \"tokenizer\": \"vocab.txt\"{text}}} ");
        return workspace;
    }
}
