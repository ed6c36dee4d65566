namespace WsisEvents.Web.Data;

/// <summary>The meetings' text search, answered by each database's full-text index: on SQLite the FTS5 tables
/// <c>MeetingsFts</c> (migration AddMeetingSearchIndexes) and <c>MeetingTranslationsFts</c> of the translated titles and
/// descriptions (AddTranslations), on PostgreSQL the tsvector table <c>MeetingSearch</c> with
/// its GIN index (Data/Postgres/Migrations). Triggers keep both in step with every write. Both split text into words
/// at every character that is not a letter or a digit, ignore case and accents, and match the searched words in
/// order, the last one as the start of a word; everything provider-specific about text search is here and in those
/// migrations.</summary>
public static class MeetingTextSearch
{
    /// <summary>The ids of the meetings whose title, description (original or translated), city, country, venue or organizers hold the words
    /// of <paramref name="text"/> in that order, the last one as the start of a word, whatever the case and accents.
    /// A query to compose (<c>Where(m =&gt; ids.Contains(m.Id))</c>), answered by the full-text index.</summary>
    public static IQueryable<int> MatchingIds(WsisDbContext db, string text) => db.Database.IsNpgsql()
        ? db.Database.SqlQuery<int>($"""SELECT "MeetingId" AS "Value" FROM "MeetingSearch" WHERE "Document" @@ wsis_search_query({text})""")
        : db.Database.SqlQuery<int>($"""
            SELECT rowid AS Value FROM MeetingsFts WHERE MeetingsFts MATCH {Phrase(text)}
            UNION SELECT MeetingId FROM MeetingTranslationsFts WHERE MeetingTranslationsFts MATCH {Phrase(text)}
            """);

    /// <summary>The user's text as one FTS5 phrase, passed as a parameter. Inside double quotes FTS5's query syntax
    /// (AND, OR, NOT, NEAR, *, ^, column filters, parentheses) is plain text that the tokenizer splits into words as
    /// it split the indexed text, punctuation dropped; a double quote is written twice. The star after the phrase
    /// makes its last word a prefix, so that "Diplo" finds "DiploFoundation". A text without a word is an empty
    /// phrase, which matches nothing. (On PostgreSQL the SQL function <c>wsis_search_query</c> does the same.)</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*";

    /// <summary>After a bulk load: on SQLite merges the index's segments into one b-tree, so that a search reads one;
    /// on PostgreSQL refreshes the planner's statistics of the tables that grew.</summary>
    public static Task OptimizeAsync(WsisDbContext db, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlRawAsync("""ANALYZE "Meetings", "MeetingOrganizers", "MeetingThemes", "MeetingSearch" """, cancellationToken)
        : db.Database.ExecuteSqlRawAsync("INSERT INTO MeetingsFts (MeetingsFts) VALUES ('optimize'); INSERT INTO MeetingTranslationsFts (MeetingTranslationsFts) VALUES ('optimize')", cancellationToken);
}
