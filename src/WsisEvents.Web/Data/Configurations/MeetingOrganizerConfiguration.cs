using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class MeetingOrganizerConfiguration : IEntityTypeConfiguration<MeetingOrganizer>
{
    public void Configure(EntityTypeBuilder<MeetingOrganizer> builder)
    {
        builder.HasKey(mo => new { mo.MeetingId, mo.OrganizationId });
        builder.Property(mo => mo.NameAsWritten).HasMaxLength(FieldLengths.Name);
        // Covering for the organizer filter: the meetings of an organization without reading the table.
        builder.HasIndex(mo => new { mo.OrganizationId, mo.MeetingId });

        builder.HasOne(mo => mo.Meeting)
            .WithMany(m => m.Organizers)
            .HasForeignKey(mo => mo.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // An organization that organized meetings cannot vanish silently: deleting it is refused.
        builder.HasOne(mo => mo.Organization)
            .WithMany(o => o.OrganizedMeetings)
            .HasForeignKey(mo => mo.OrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
