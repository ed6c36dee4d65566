using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
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

        builder.HasOne(m => m.Category)
            .WithMany(c => c.Meetings)
            .HasForeignKey(m => m.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
