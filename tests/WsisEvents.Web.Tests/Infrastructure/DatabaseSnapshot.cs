using System.Data.Common;
using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>Every row of every table of a database as text, to prove that an operation changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static async Task<List<string>> TakeAsync(TestDatabase database) => await TakeAsync(database, await ColumnsAsync(database));

    /// <summary>Every row, of the given tables and columns only: after a migration that adds a column, the rows as
    /// they were before compare with the same rows now.</summary>
    public static async Task<List<string>> TakeAsync(TestDatabase database, IReadOnlyDictionary<string, List<string>> columns)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var (table, names) in columns)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", names.Select(n => $"\"{n}\""))} FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + ": " + Row(reader));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Each table of the database with its columns.</summary>
    public static async Task<Dictionary<string, List<string>>> ColumnsAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = database.IsPostgres
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN "
                + "(SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE') ORDER BY table_name, ordinal_position"
            : "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var names))
            {
                columns[table] = names = [];
            }

            names.Add(reader.GetString(1));
        }

        return columns;
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
