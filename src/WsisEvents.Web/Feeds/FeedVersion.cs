using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace WsisEvents.Web.Feeds;

/// <summary>The validators of a feed or export, computed from what it lists (how many meetings and their latest
/// change) without rendering it, so that a client polling an unchanged calendar costs two aggregate queries.
/// <c>LatestChange</c> is the latest <c>UpdatedAt</c> among the meetings listed (UTC); <c>LastModified</c> is the
/// same cut to whole seconds.</summary>
public sealed record FeedVersion(EntityTagHeaderValue ETag, DateTimeOffset LastModified, DateTime LatestChange)
{
    /// <summary>Changes with every build, so that a change of format after a deployment is a new version too.</summary>
    private static readonly Guid Build = typeof(FeedVersion).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The version of <paramref name="representation"/> (what is served: its absolute address, with the
    /// filter in canonical form, so that two formats, filters or hosts never share a tag) listing
    /// <paramref name="count"/> meetings whose latest change is <paramref name="latestChange"/>. The count is there
    /// for deletions, which leave every remaining <c>UpdatedAt</c> as it was; <paramref name="catalogRevision"/> (the
    /// latest change record) for edits of organizations, categories and Action Lines, which a feed shows by name but
    /// which change no meeting's <c>UpdatedAt</c>.</summary>
    public static FeedVersion Of(string representation, int count, DateTime latestChange, long catalogRevision)
    {
        var key = $"{Build:N}\n{representation}\n{count}\n{latestChange.Ticks}\n{catalogRevision}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

        // HTTP dates hold whole seconds; a later If-Modified-Since must compare against what was sent.
        var seconds = latestChange.Ticks - (latestChange.Ticks % TimeSpan.TicksPerSecond);
        return new FeedVersion(new EntityTagHeaderValue($"\"{hash}\""), new DateTimeOffset(seconds, TimeSpan.Zero), latestChange);
    }

    /// <summary>The version of a list of meetings. When nothing matches, the latest change of the whole catalog
    /// stands in, so that Last-Modified does not go back to 1970 when a filter's last meeting is deleted.</summary>
    public static async Task<FeedVersion> OfMeetingsAsync(
        WsisDbContext db, IQueryable<Meeting> listed, string representation, CancellationToken cancellationToken)
    {
        var count = await listed.CountAsync(cancellationToken);
        var latest = count > 0
            ? await listed.MaxAsync(m => (DateTime?)m.UpdatedAt, cancellationToken)
            : await db.Meetings.MaxAsync(m => (DateTime?)m.UpdatedAt, cancellationToken);
        return Of(representation, count, DateTime.SpecifyKind(latest ?? DateTime.UnixEpoch, DateTimeKind.Utc), await CatalogRevisionAsync(db, cancellationToken));
    }

    /// <summary>The id of the latest change record: it grows with every save in the admin area.</summary>
    public static async Task<long> CatalogRevisionAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeRecords.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
}
