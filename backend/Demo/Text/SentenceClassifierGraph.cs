// Turns an encoder's ONNX graph (token embeddings "last_hidden_state" [batch, sequence, width]) into the models
// the text walkthrough uses, by appending nodes: masked mean pooling + L2 normalization, as sentence-transformers
// pools all-MiniLM-L6-v2 ("sentence_embedding"), then optionally a linear head (Gemm) to class logits.
// Only ops whose form is the same in every opset from 11 on are used, except ReduceSum (axes moved to an input in 13).
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Demo.Text;

internal static class SentenceClassifierGraph
{
    public const string TokenEmbeddings = "last_hidden_state";
    public const string SentenceEmbedding = "sentence_embedding";
    public const string Logits = "logits";

    /// <summary>A copy of <paramref name="encoder"/> whose one output is the pooled, normalized sentence embedding [batch, width].</summary>
    public static ModelProto Embedding(ModelProto encoder, int width)
    {
        var model = encoder.Clone();
        var graph = model.Graph;
        if (graph.Output.All(o => o.Name != TokenEmbeddings))
            throw new InvalidDataException($"The encoder has no output \"{TokenEmbeddings}\" (its outputs: {string.Join(", ", graph.Output.Select(o => o.Name))}).");
        var opset = model.OpsetImport.Where(o => o.Domain is "" or "ai.onnx").Select(o => o.Version).DefaultIfEmpty(0).Max();
        if (opset < 11) throw new InvalidDataException($"The encoder uses opset {opset}; pooling is written for opset 11 or later.");
        graph.Output.Clear();
        graph.Initializer.Add(Int64s("pool/mask_shape", 0, 1, -1));
        graph.Initializer.Add(Int64s("pool/sum_shape", 0, -1));
        graph.Initializer.Add(Floats("pool/min_count", [1e-9f], []));
        // mask [b, t] → float [b, 1, t]; sum = mask @ hidden [b, 1, w] → [b, w]; count = Σ mask [b, 1] (at least 1e-9, as sentence-transformers clamps).
        graph.Node.Add(Node("Cast", "pool/mask_float", ["attention_mask"], "pool/mask", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Reshape", "pool/mask_row", ["pool/mask", "pool/mask_shape"], "pool/mask_row"));
        graph.Node.Add(Node("MatMul", "pool/masked_sum", ["pool/mask_row", TokenEmbeddings], "pool/sum3"));
        graph.Node.Add(Node("Reshape", "pool/sum", ["pool/sum3", "pool/sum_shape"], "pool/sum"));
        if (opset >= 13)
        {
            graph.Initializer.Add(Int64s("pool/axes", 1));
            graph.Node.Add(Node("ReduceSum", "pool/count", ["pool/mask", "pool/axes"], "pool/count_raw", Int("keepdims", 1)));
        }
        else graph.Node.Add(Node("ReduceSum", "pool/count", ["pool/mask"], "pool/count_raw", Ints("axes", 1), Int("keepdims", 1)));
        graph.Node.Add(Node("Max", "pool/clamp", ["pool/count_raw", "pool/min_count"], "pool/count"));
        graph.Node.Add(Node("Div", "pool/mean", ["pool/sum", "pool/count"], "pool/mean"));
        graph.Node.Add(Node("LpNormalization", "pool/normalize", ["pool/mean"], SentenceEmbedding, Int("axis", 1), Int("p", 2)));
        graph.Output.Add(ValueInfo(SentenceEmbedding, OnnxDataType.Float, "batch", width));
        return model;
    }

    /// <summary>
    /// <paramref name="embedding"/> (from <see cref="Embedding"/>) with a linear head: logits = e Wᵀ + b, W [classes, width];
    /// logits come first so the evaluation compares them, and the embedding stays as a second output.
    /// </summary>
    public static ModelProto Classifier(ModelProto embedding, float[] weights, float[] bias)
    {
        var model = embedding.Clone();
        var graph = model.Graph;
        var width = weights.Length / bias.Length;
        graph.Initializer.Add(Floats("head/weight", weights, [bias.Length, width]));
        graph.Initializer.Add(Floats("head/bias", bias, [bias.Length]));
        graph.Node.Add(Node("Gemm", "head/linear", [SentenceEmbedding, "head/weight", "head/bias"], Logits, Int("transB", 1)));
        graph.Output.Insert(0, ValueInfo(Logits, OnnxDataType.Float, "batch", bias.Length));
        return model;
    }
}
