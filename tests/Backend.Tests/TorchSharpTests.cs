// libtorch (through TorchSharp 0.107) corrupts its scalars when two threads build or train models at once, as
// xunit's parallel run did ("Unknown scalar type" in 3 of 5 runs on 2 cores). Every test class that touches
// TorchSharp is in this collection or in EvaluationDemo's, and both run alone, one test at a time.
namespace Backend.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchSharpTests
{
    public const string Name = "TorchSharp (one job at a time)";
}
