using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

/// <summary>A meeting and its links (organizers, Action Lines, related meetings), which are deleted with it.</summary>
internal sealed class MeetingConfiguration :
    IEntityTypeConfiguration<Meeting>,
    IEntityTypeConfiguration<MeetingOrganizer>,
    IEntityTypeConfiguration<MeetingTheme>,
    IEntityTypeConfiguration<MeetingRelation>,
    IEntityTypeConfiguration<MeetingTranslation>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(m => m.DatePrecision).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(m => m.City).HasMaxLength(FieldLengths.Place);
        builder.Property(m => m.Country).HasMaxLength(FieldLengths.Place);
        builder.Property(m => m.Venue).HasMaxLength(FieldLengths.Venue);
        builder.Property(m => m.Website).HasMaxLength(FieldLengths.Url);
        builder.Property(m => m.SourceDocument).HasMaxLength(FieldLengths.SourceDocument);
        builder.Property(m => m.SourceText).HasMaxLength(FieldLengths.SourceText);

        builder.HasIndex(m => m.Slug).IsUnique();

        // The list's order (start, end, title, then the id every SQLite index ends with): a page, however deep, is a
        // walk along this index that never touches the table.
        builder.HasIndex(m => new { m.StartDate, m.EndDate, m.Title });
        builder.HasIndex(m => m.EndDate);
        builder.HasIndex(m => new { m.Title, m.StartDate });

        // A category's meetings in list order, so that a page of one stops after its last row even when the category
        // holds half the catalog. The country filter has the same index, on Country COLLATE NOCASE since it ignores
        // case, which EF Core cannot describe; the migration AddMeetingSearchIndexes creates it.
        builder.HasIndex(m => new { m.CategoryId, m.StartDate, m.EndDate, m.Title });

        // The latest changes first (the Atom feed, with the id as its tiebreak) and the latest change of all (the
        // versions of the feeds and the sitemap): a few rows of this index instead of a walk through the table, which
        // took seconds at a million meetings.
        builder.HasIndex(m => new { m.UpdatedAt, m.Id });

        builder.HasOne(m => m.Category).WithMany(c => c.Meetings).HasForeignKey(m => m.CategoryId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.Organizers).WithOne(mo => mo.Meeting).HasForeignKey(mo => mo.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Themes).WithOne(mt => mt.Meeting).HasForeignKey(mt => mt.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.RelatedMeetings).WithOne(r => r.Meeting).HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Translations).WithOne(t => t.Meeting).HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>One row per meeting and language, which a page of a list reads by its index. The id of its own is the
    /// row's key in SQLite's full-text table of translations (an integer primary key keeps it through a VACUUM).</summary>
    public void Configure(EntityTypeBuilder<MeetingTranslation> builder)
    {
        builder.HasIndex(t => new { t.MeetingId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.Title);
    }

    public void Configure(EntityTypeBuilder<MeetingOrganizer> builder)
    {
        builder.HasKey(mo => new { mo.MeetingId, mo.OrganizationId });
        builder.Property(mo => mo.NameAsWritten).HasMaxLength(FieldLengths.Name);

        // Covering for the organizer filter: the meetings of an organization without reading the table. An
        // organization that organized meetings cannot vanish silently: deleting it is refused.
        builder.HasIndex(mo => new { mo.OrganizationId, mo.MeetingId });
        builder.HasOne(mo => mo.Organization).WithMany(o => o.OrganizedMeetings).HasForeignKey(mo => mo.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MeetingTheme> builder)
    {
        builder.HasKey(mt => new { mt.MeetingId, mt.ThemeId });

        // Covering for the theme filter: the meetings of an Action Line without reading the table.
        builder.HasIndex(mt => new { mt.ThemeId, mt.MeetingId });
        builder.HasOne(mt => mt.Theme).WithMany(t => t.Meetings).HasForeignKey(mt => mt.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MeetingRelation> builder)
    {
        builder.HasKey(r => new { r.MeetingId, r.RelatedMeetingId });
        builder.HasIndex(r => r.RelatedMeetingId);
        builder.HasOne(r => r.RelatedMeeting).WithMany().HasForeignKey(r => r.RelatedMeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
