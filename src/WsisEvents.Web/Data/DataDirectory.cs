namespace WsisEvents.Web.Data;

/// <summary>Where the source texts and curated reference data are: <c>Data:Directory</c> if set, else the data/
/// folder that the build and <c>dotnet publish</c> copy next to the app.</summary>
public sealed class DataDirectory(string path)
{
    public string Path { get; } = path;

    public static DataDirectory FromConfiguration(IConfiguration configuration) =>
        new(configuration["Data:Directory"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured)
            : System.IO.Path.Combine(AppContext.BaseDirectory, "data"));

    public string PathOf(string file)
    {
        var full = System.IO.Path.Combine(Path, file);
        return File.Exists(full)
            ? full
            : throw new FileNotFoundException($"The data file '{file}' is missing from {Path}.", full);
    }
}
