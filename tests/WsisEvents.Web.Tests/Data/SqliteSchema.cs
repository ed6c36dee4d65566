using System.Data.Common;

namespace WsisEvents.Web.Tests.Data;

/// <summary>A SQLite database's schema as sorted lines of text (tables, columns with type, nullability, key and
/// default, indexes with their columns and uniqueness, foreign keys with their delete rule), so that two schemas
/// compare with a readable difference.</summary>
public static class SqliteSchema
{
    /// <summary>What the migrations create beyond EF Core's model, which EnsureCreated therefore lacks: the full-text
    /// search tables of the meetings and of their translations (FTS5 virtual tables and their shadow tables are not entities; its triggers are not described
    /// here at all) and the country index on <c>Country COLLATE NOCASE</c> (EF Core cannot give an index column a
    /// collation on SQLite). SearchIndexTests checks them.</summary>
    public static readonly IReadOnlyList<string> BeyondTheModel =
    [
        "MeetingsFts", "MeetingsFts_config", "MeetingsFts_content", "MeetingsFts_data", "MeetingsFts_docsize", "MeetingsFts_idx",
        "MeetingTranslationsFts", "MeetingTranslationsFts_config", "MeetingTranslationsFts_content", "MeetingTranslationsFts_data",
        "MeetingTranslationsFts_docsize", "MeetingTranslationsFts_idx",
        "IX_Meetings_Country_NoCase",
    ];

    public static async Task<List<string>> DescribeAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await SchemaQuery.RowsAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        foreach (var table in tables.Select(t => t[0]).Where(t => !BeyondTheModel.Contains(t)))
        {
            lines.Add($"table {table}");
            foreach (var c in await SchemaQuery.RowsAsync(connection, $"SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]} default={c[4]}");
            }

            foreach (var i in (await SchemaQuery.RowsAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')")).Where(i => !BeyondTheModel.Contains(i[0])))
            {
                var columns = await SchemaQuery.RowsAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(", ", columns.Select(c => c[0]))})");
            }

            foreach (var f in await SchemaQuery.RowsAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete, on_update FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"foreign key {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]} on update {f[4]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
