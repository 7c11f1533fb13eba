// Which nodes of one graph produce and consume each value name: ONNX Runtime's dynamic quantizer keeps a weight's scale
// out of the MatMulInteger/ConvInteger node (it multiplies the output after a Cast), so finding it means following
// the output chain. Built once per graph, only when a decoder first asks.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal sealed class OnnxValueConsumers(IList<NodeProto> nodes)
{
    readonly Lazy<(ILookup<string, NodeProto> Consumers, Dictionary<string, NodeProto> Producers)> _index = new(() =>
    (
        nodes.SelectMany(n => n.Input.Where(i => i.Length > 0).Distinct().Select(i => (Input: i, Node: n))).ToLookup(p => p.Input, p => p.Node),
        nodes.SelectMany(n => n.Output.Where(o => o.Length > 0).Select(o => (Output: o, Node: n))).DistinctBy(p => p.Output).ToDictionary(p => p.Output, p => p.Node)
    ));

    public IEnumerable<NodeProto> Consumers(string value) => _index.Value.Consumers[value];

    public NodeProto? Producer(string value) => _index.Value.Producers.GetValueOrDefault(value);
}
