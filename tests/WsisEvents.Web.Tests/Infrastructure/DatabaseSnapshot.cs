using System.Data.Common;
using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>Every row of every table of a database as text, to prove that an operation changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static async Task<List<string>> TakeAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = database.IsPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + ": " + Row(reader));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Row(DbDataReader reader)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            builder.Append(reader.GetName(i)).Append('=')
                .Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))
                .Append("; ");
        }

        return builder.ToString();
    }
}
