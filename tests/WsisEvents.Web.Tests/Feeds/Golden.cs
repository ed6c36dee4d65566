using System.Text;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Expected outputs kept in Feeds/Golden/ and compared byte for byte (shown as text, so a failure points
/// at the first difference). After an intended change of format, run the tests once with UPDATE_GOLDEN=1 to
/// rewrite them, and read the diff before committing it.</summary>
public static class Golden
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "WsisEvents.Web.Tests", "Feeds", "Golden");

    public static void AssertMatches(string name, byte[] actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(actual));
    }
}
