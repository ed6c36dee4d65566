using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

/// <summary>An organization with its other names and the affiliations it holds, which are deleted with it.</summary>
internal sealed class OrganizationConfiguration :
    IEntityTypeConfiguration<Organization>,
    IEntityTypeConfiguration<OrganizationAlias>,
    IEntityTypeConfiguration<OrganizationTranslation>,
    IEntityTypeConfiguration<Affiliation>,
    IEntityTypeConfiguration<AffiliationTranslation>
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

        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Aliases).WithOne(a => a.Organization).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Affiliations).WithOne(a => a.Organization).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Translations).WithOne(t => t.Organization).HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OrganizationTranslation> builder)
    {
        builder.HasIndex(t => new { t.OrganizationId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
    }

    public void Configure(EntityTypeBuilder<OrganizationAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.NormalizedName).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(a => a.NormalizedName).IsUnique();
        builder.HasIndex(a => a.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(a => a.SincePrecision).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(a => a.SourceDocument).HasMaxLength(FieldLengths.SourceDocument);
        builder.Property(a => a.SourceText).HasMaxLength(FieldLengths.SourceText);

        builder.HasIndex(a => new { a.OrganizationId, a.TargetOrganizationId, a.Kind }).IsUnique();
        builder.HasIndex(a => a.TargetOrganizationId);

        // The organization it is held with: one that others are affiliated with cannot be deleted.
        builder.HasOne(a => a.TargetOrganization).WithMany().HasForeignKey(a => a.TargetOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Translations).WithOne(t => t.Affiliation).HasForeignKey(t => t.AffiliationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AffiliationTranslation> builder)
    {
        builder.HasIndex(t => new { t.AffiliationId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(t => t.SourceText).HasMaxLength(FieldLengths.SourceText);
    }
}
