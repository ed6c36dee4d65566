namespace WsisEvents.Web.Catalog;

/// <summary>A SQL LIKE pattern that finds <c>text</c> anywhere, with the user's own % and _ taken literally. SQLite's
/// LIKE ignores the case of ASCII letters; PostgreSQL's does not, so the queries use ILIKE there (EF.Functions.ILike).</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) =>
        "%" + text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
