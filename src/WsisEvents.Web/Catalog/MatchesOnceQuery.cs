using System.Data.Common;

namespace WsisEvents.Web.Catalog;

/// <summary>A filter's count (or month groups) and one page of its ids from one statement that reads each match once:
/// the matches are materialized (<c>WITH … AS MATERIALIZED</c>, on SQLite and PostgreSQL alike) and both the groups
/// and the ordered page are taken from them. For the filters whose matches come as a list of ids (a text search, an
/// organizer), where the database looks each match up in the meetings table for its dates: two separate queries
/// would look every match up twice (bench/RESULTS.md). Filters answered by walking an index in list order keep their
/// two queries, since their page stops after its 50 rows.</summary>
public static class MatchesOnceQuery
{
    /// <summary>Whether <paramref name="filter"/> finds its matches as a list of ids rather than by walking an index:
    /// a text search, an organizer (unless tested on each meeting of a date range), the meetings with outcomes.</summary>
    public static bool Applies(MeetingFilter filter) =>
        filter.Text is not null || (filter.OrganizerId is not null && !filter.OrganizerTestedPerMeeting) || filter.HasOutcomes == true;

    /// <summary>The month groups of <paramref name="filtered"/> (with <paramref name="byMonth"/>; otherwise a single
    /// group holding the count, months 0) and the ids of one page of it in list order.</summary>
    public static async Task<(List<MonthSpanCount> Months, List<int> PageIds)> RunAsync(
        WsisDbContext db, IQueryable<Meeting> filtered, bool newestFirst, Paging paging, bool byMonth, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        await using var command = filtered.Select(m => new { m.Id, m.StartDate, m.EndDate, m.Title }).CreateDbCommand();
        command.CommandText = Sql(command.CommandText, postgres, newestFirst, byMonth);
        AddParameter(command, "@wsis_page_skip", paging.Skip);
        AddParameter(command, "@wsis_page_take", paging.PageSize);

        var months = new List<MonthSpanCount>();
        var page = new List<(long Position, int Id)>(paging.PageSize);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetInt64(0) == 0)
                {
                    months.Add(new MonthSpanCount((int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3)));
                }
                else
                {
                    page.Add((reader.GetInt64(2), (int)reader.GetInt64(1)));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // A filter that matches nothing still has its count: 0, in no group.
        months.RemoveAll(m => m.Count == 0);
        page.Sort((a, b) => a.Position.CompareTo(b.Position));
        return (months, page.ConvertAll(p => p.Id));
    }

    /// <summary>The statement around <paramref name="matches"/> (EF Core's SQL of the filter, selecting Id, StartDate,
    /// EndDate and Title): rows of kind 0 are month groups (first month, last month, count), rows of kind 1 the page's
    /// ids with their position. The order is <see cref="MeetingQueries.InOrder"/>'s.</summary>
    private static string Sql(string matches, bool postgres, bool newestFirst, bool byMonth)
    {
        var order = newestFirst
            ? "\"StartDate\" DESC, \"EndDate\" DESC, \"Title\", \"Id\""
            : "\"StartDate\", \"EndDate\", \"Title\", \"Id\"";
        var groups = byMonth
            ? $"SELECT CAST(0 AS bigint), {MonthNumber("StartDate", postgres)}, {MonthNumber("EndDate", postgres)}, CAST(count(*) AS bigint) FROM \"matches\" GROUP BY 2, 3"
            : "SELECT CAST(0 AS bigint), CAST(0 AS bigint), CAST(0 AS bigint), CAST(count(*) AS bigint) FROM \"matches\"";
        return $"""
            WITH "matches" AS MATERIALIZED (
            {matches}
            )
            {groups}
            UNION ALL
            SELECT CAST(1 AS bigint), CAST("Id" AS bigint), CAST(row_number() OVER (ORDER BY {order}) AS bigint), CAST(0 AS bigint)
            FROM (SELECT "Id", "StartDate", "EndDate", "Title" FROM "matches" ORDER BY {order} LIMIT @wsis_page_take OFFSET @wsis_page_skip) AS "page"
            """;
    }

    /// <summary>A date column's month numbered from January of year 0, as <see cref="MonthSpanCount.MonthNumber(DateOnly)"/>
    /// numbers it: on SQLite from the ISO text the date is stored as, on PostgreSQL from the date.</summary>
    private static string MonthNumber(string column, bool postgres) => postgres
        ? $"CAST(EXTRACT(YEAR FROM \"{column}\") * 12 + EXTRACT(MONTH FROM \"{column}\") - 1 AS bigint)"
        : $"CAST(substr(\"{column}\", 1, 4) AS INTEGER) * 12 + CAST(substr(\"{column}\", 6, 2) AS INTEGER) - 1";

    private static void AddParameter(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
