namespace WsisEvents.Web.Tests.Infrastructure;

public static class TempFolder
{
    public static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsisevents-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a request that is finishing; it lives in the temp folder, which the OS cleans.
        }
    }
}
