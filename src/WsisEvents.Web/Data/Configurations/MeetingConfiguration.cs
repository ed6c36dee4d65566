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
        builder.Property(m => m.SourceDocument).HasMaxLength(FieldLengths.SourceDocument);
        builder.Property(m => m.SourceText).HasMaxLength(FieldLengths.SourceText);

        builder.HasIndex(m => m.Slug).IsUnique();
        builder.HasIndex(m => new { m.StartDate, m.EndDate });
        builder.HasIndex(m => m.EndDate);
        builder.HasIndex(m => new { m.Title, m.StartDate });
        builder.HasIndex(m => m.Country);

        builder.HasOne(m => m.Category)
            .WithMany(c => c.Meetings)
            .HasForeignKey(m => m.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
