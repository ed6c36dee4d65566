using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class MeetingRelationConfiguration : IEntityTypeConfiguration<MeetingRelation>
{
    public void Configure(EntityTypeBuilder<MeetingRelation> builder)
    {
        builder.HasKey(r => new { r.MeetingId, r.RelatedMeetingId });
        builder.HasIndex(r => r.RelatedMeetingId);

        builder.HasOne(r => r.Meeting)
            .WithMany(m => m.RelatedMeetings)
            .HasForeignKey(r => r.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasOne(r => r.RelatedMeeting)
            .WithMany()
            .HasForeignKey(r => r.RelatedMeetingId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
