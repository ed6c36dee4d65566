using Microsoft.EntityFrameworkCore;

namespace WsisEvents.Web.Data;

/// <summary>The meetings' text search on SQLite: the FTS5 table <c>MeetingsFts</c>, which the migration
/// AddMeetingSearchIndexes creates and whose triggers keep it in step with every write. Everything SQLite-specific
/// about text search is here and in that migration; another database gets a class of its own with these members.</summary>
public static class SqliteMeetingTextSearch
{
    /// <summary>The ids of the meetings whose title, description, city, country, venue or organizers hold the words
    /// of <paramref name="text"/> in that order, the last one as the start of a word, whatever the case and accents.
    /// A query to compose (<c>Where(m =&gt; ids.Contains(m.Id))</c>), answered by the full-text index.</summary>
    public static IQueryable<int> MatchingIds(WsisDbContext db, string text) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM MeetingsFts WHERE MeetingsFts MATCH {Phrase(text)}");

    /// <summary>The user's text as one FTS5 phrase, passed as a parameter. Inside double quotes FTS5's query syntax
    /// (AND, OR, NOT, NEAR, *, ^, column filters, parentheses) is plain text that the tokenizer splits into words as
    /// it split the indexed text, punctuation dropped; a double quote is written twice. The star after the phrase
    /// makes its last word a prefix, so that "Diplo" finds "DiploFoundation". A text without a word is an empty
    /// phrase, which matches nothing.</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*";

    /// <summary>Merges the index's segments into one b-tree after a bulk load, so that a search reads one.</summary>
    public static Task OptimizeAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("INSERT INTO MeetingsFts (MeetingsFts) VALUES ('optimize')", cancellationToken);
}
