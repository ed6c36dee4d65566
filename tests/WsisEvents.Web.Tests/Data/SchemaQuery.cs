using System.Data.Common;

namespace WsisEvents.Web.Tests.Data;

/// <summary>The rows of a query as text, for <see cref="SqliteSchema"/> and <see cref="PostgresSchema"/>.</summary>
public static class SchemaQuery
{
    public static async Task<List<string?[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
