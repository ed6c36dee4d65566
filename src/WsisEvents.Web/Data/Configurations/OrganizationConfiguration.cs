using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.Acronym).HasMaxLength(FieldLengths.Acronym);
        builder.Property(o => o.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.Website).HasMaxLength(FieldLengths.Url);

        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Acronym);
        builder.HasIndex(o => o.Kind);

        builder.HasOne(o => o.Parent)
            .WithMany(o => o.Children)
            .HasForeignKey(o => o.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
