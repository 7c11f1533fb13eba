// PLACEHOLDER: replaced by layer probing (probe CLI command, layers/probe RPC method).
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;

namespace CompressCompare.Backend.Layers;

public sealed class LayerService(SpecService specs)
{
    public Task<ProbeResult> ProbeAsync(ProbeParams request, IWorkProgress progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"probing lands next ({specs})");
}
