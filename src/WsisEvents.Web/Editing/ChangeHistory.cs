using System.Security.Claims;
using System.Text.Json;

namespace WsisEvents.Web.Editing;

/// <summary>Adds change records to the unit of work of the save they describe, so that an entry and its history are
/// written in one transaction or not at all.</summary>
public sealed class ChangeHistory(WsisDbContext db, TimeProvider clock)
{
    public static class EntityTypes
    {
        public const string Meeting = "Meeting";
        public const string Organization = "Organization";
        public const string Affiliation = "Affiliation";
        public const string Category = "Category";
        public const string Theme = "Theme";
        public const string OutcomeDocument = "OutcomeDocument";
        public const string Import = "Import";
    }

    /// <summary>Records a change whose entity id is known now (updates, deletes, restores).</summary>
    public ChangeRecord Record(ClaimsPrincipal user, string entityType, int entityId, string entityName, ChangeAction action, object? before, object? after)
    {
        var record = new ChangeRecord
        {
            EntityType = entityType,
            EntityId = entityId,
            EntityName = Shorten(entityName),
            Action = action,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = Shorten(user.Identity?.Name ?? "system", FieldLengths.UserName),
            At = clock.GetUtcNow().UtcDateTime,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), JsonOptions.Data),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), JsonOptions.Data),
        };
        db.ChangeRecords.Add(record);
        return record;
    }

    /// <summary>Saves a new entry and the record of its creation in one transaction: the record needs the id that
    /// the database gives the entry on insert.</summary>
    public async Task SaveCreatedAsync<T>(
        ClaimsPrincipal user, string entityType, T entity, Func<T, int> id, Func<T, string> name, Func<T, object> snapshot, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Record(user, entityType, id(entity), name(entity), ChangeAction.Created, null, snapshot(entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The latest change of an entry: who saved it last, and when.</summary>
    public Task<ChangeRecord?> LatestAsync(string entityType, int entityId, CancellationToken cancellationToken) =>
        db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == entityType && c.EntityId == entityId)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, JsonOptions.Data);

    private static string Shorten(string text, int max = FieldLengths.Name) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
