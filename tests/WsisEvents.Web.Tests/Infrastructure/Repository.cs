namespace WsisEvents.Web.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The folder holding WsisEvents.sln, found upward from the test binaries; the build output if the
    /// tests run outside a checkout.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WsisEvents.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
