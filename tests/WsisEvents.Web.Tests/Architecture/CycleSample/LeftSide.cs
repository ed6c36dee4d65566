namespace WsisEvents.Web.Tests.Architecture.CycleSample.Left;

/// <summary>With <see cref="Right.RightSide"/>, two namespaces that use each other only inside method bodies, for
/// FolderDependencyTests to find the cycle.</summary>
public static class LeftSide
{
    public static int Call() => Right.RightSide.Count([1, 2]);
}
