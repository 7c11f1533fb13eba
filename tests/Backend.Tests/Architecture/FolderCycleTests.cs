// Holds the backend's layering: its capability folders (Spec, ModelMap, Evaluation, Behaviors, Layers, …) depend
// on each other without cycles, so each can be read, tested and changed from the folders below it alone.
namespace Backend.Tests.Architecture;

public sealed class FolderCycleTests
{
    static readonly FolderDependencies Graph = FolderDependencies.Read(RepoPaths.Of("backend"));

    [Fact]
    public void BackendFoldersDependOnEachOtherWithoutCycles()
    {
        var cycle = Graph.FindCycle();
        Assert.True(cycle is null, cycle is null ? "" :
            $"The backend folders {string.Join(" → ", cycle)} form a cycle:\n{Graph.Describe(cycle)}\n" +
            "Move the shared code to the lower folder, or compose the two in the service that needs both.");
    }

    [Fact]
    public void TheGraphSeesCrossFolderUses()
    {
        // Guards the test above against passing because it reads nothing: the RPC layer uses the Spec folder.
        Assert.Contains("Spec", Graph.Edges["Rpc"].Keys);
    }

    [Fact]
    public void ACycleIsFoundAndNamed()
    {
        var graph = FolderDependencies.FromEdges(new()
        {
            ["A"] = new() { ["B"] = ["A/One.cs"] },
            ["B"] = new() { ["C"] = ["B/Two.cs"] },
            ["C"] = new() { ["A"] = ["C/Three.cs"] },
        });
        var cycle = graph.FindCycle();
        Assert.Equal(["A", "B", "C", "A"], cycle);
        Assert.Contains("B → C: B/Two.cs", graph.Describe(cycle!));
    }
}
