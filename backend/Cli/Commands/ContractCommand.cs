// `contract`: prints protocol/contract.json (the RPC contract) from the C# records.
using CompressCompare.Protocol;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ContractCommand(CliOutput output) : ICliCommand
{
    public string Name => "contract";
    public string Usage => "contract                print protocol/contract.json (the RPC contract) from the C# records";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length != 0) return null;
        output.WriteText(ContractExporter.Export());
        return Task.FromResult(CliRunner.ExitOk);
    }
}
