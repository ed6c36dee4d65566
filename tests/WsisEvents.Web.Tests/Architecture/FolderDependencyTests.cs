using WsisEvents.Web.Tests.Architecture.CycleSample.Left;

namespace WsisEvents.Web.Tests.Architecture;

/// <summary>The top-level folders of the site depend on each other in one direction (README, "Project layout").</summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void SiteFolders_HaveNoImportCycle()
    {
        var edges = FolderDependencies.Of(typeof(Program).Assembly, "WsisEvents.Web");

        var cycles = FolderDependencies.Cycles(edges.Keys);

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(cycle => string.Join(" ↔ ", cycle) + ":\n  " + string.Join("\n  ",
            edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).Select(e => $"{e.Key.From} → {e.Key.To}: {e.Value}")))));
    }

    [Fact]
    public void SiteFolders_DependenciesIncludeThoseOfMethodBodiesOnly()
    {
        var edges = FolderDependencies.Of(typeof(Program).Assembly, "WsisEvents.Web");

        // The admin controllers name the editing kernel in their signatures; the public meeting page reaches the
        // catalog's queries only inside its actions.
        Assert.Contains(("Areas", "Editing"), edges.Keys);
        Assert.Contains(("Controllers", "Catalog"), edges.Keys);
    }

    [Fact]
    public void Cycles_AreFound_AmongFoldersThatReachEachOther()
    {
        var cycles = FolderDependencies.Cycles([("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E")]);

        Assert.Equal([["A", "B", "C"]], cycles);
    }

    [Fact]
    public void Cycles_AreFound_WhenTwoNamespacesUseEachOtherInMethodBodies()
    {
        var edges = FolderDependencies.Of(typeof(LeftSide).Assembly, "WsisEvents.Web.Tests.Architecture.CycleSample");

        Assert.Equal([["Left", "Right"]], FolderDependencies.Cycles(edges.Keys));
    }
}
