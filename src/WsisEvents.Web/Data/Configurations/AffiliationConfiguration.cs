using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(a => a.SincePrecision).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(a => a.SourceDocument).HasMaxLength(FieldLengths.SourceDocument);
        builder.Property(a => a.SourceText).HasMaxLength(FieldLengths.SourceText);

        builder.HasIndex(a => new { a.OrganizationId, a.TargetOrganizationId, a.Kind }).IsUnique();
        builder.HasIndex(a => a.TargetOrganizationId);

        builder.HasOne(a => a.Organization)
            .WithMany(o => o.Affiliations)
            .HasForeignKey(a => a.OrganizationId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasOne(a => a.TargetOrganization)
            .WithMany()
            .HasForeignKey(a => a.TargetOrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
