using System.Data.Common;

namespace WsisEvents.Web.Tests.Data;

/// <summary>A PostgreSQL database's schema (public schema) as sorted lines of text: tables, columns with type,
/// nullability, default and identity, indexes and constraints as the server prints their definitions.</summary>
public static class PostgresSchema
{
    /// <summary>What the migration creates beyond EF Core's model: the full-text search table and its index, the
    /// case-insensitive country index (an expression index). SearchIndexTests checks them on PostgreSQL.</summary>
    public static readonly IReadOnlyList<string> BeyondTheModel = ["MeetingSearch", "IX_Meetings_Country_Upper"];

    public static async Task<List<string>> DescribeAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = (await SchemaQuery.RowsAsync(connection, """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')
            """)).Select(t => t[0]!).Where(t => !BeyondTheModel.Contains(t)).ToList();
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var c in await SchemaQuery.RowsAsync(connection, $"""
                SELECT column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity, identity_generation
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'
                """))
            {
                lines.Add($"column {table}.{c[0]} {c[1]}({c[2]}) nullable={c[3]} default={c[4]} identity={c[5]} {c[6]}");
            }

            foreach (var i in await SchemaQuery.RowsAsync(connection, $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '{table}'"))
            {
                if (!BeyondTheModel.Contains(i[0]))
                {
                    lines.Add($"index {i[0]}: {i[1]}");
                }
            }

            foreach (var k in await SchemaQuery.RowsAsync(connection, $"""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = '"{table}"'::regclass AND contype IN ('p', 'f', 'u', 'c')
                """))
            {
                lines.Add($"constraint {table}.{k[0]}: {k[1]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
