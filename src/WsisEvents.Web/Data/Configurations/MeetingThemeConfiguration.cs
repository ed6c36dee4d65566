using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class MeetingThemeConfiguration : IEntityTypeConfiguration<MeetingTheme>
{
    public void Configure(EntityTypeBuilder<MeetingTheme> builder)
    {
        builder.HasKey(mt => new { mt.MeetingId, mt.ThemeId });
        // Covering for the theme filter: the meetings of an Action Line without reading the table.
        builder.HasIndex(mt => new { mt.ThemeId, mt.MeetingId });

        builder.HasOne(mt => mt.Meeting)
            .WithMany(m => m.Themes)
            .HasForeignKey(mt => mt.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasOne(mt => mt.Theme)
            .WithMany(t => t.Meetings)
            .HasForeignKey(mt => mt.ThemeId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
