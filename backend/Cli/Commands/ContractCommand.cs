// `contract`: prints protocol/contract.json (the RPC contract) from the C# records.
using System.CommandLine;
using CompressCompare.Protocol;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ContractCommand(CliOutput output) : CliCommand
{
    public override string Name => "contract";
    public override string Description => "print protocol/contract.json (the RPC contract) from the C# records";
    public override string Prints => "the contract: {protocolVersion, definitions, methods, constants} (JSON Schema draft-07)";
    public override IReadOnlyList<Symbol> Symbols => [];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        output.WriteText(ContractExporter.Export());
        return Task.FromResult(CliRunner.ExitOk);
    }
}
