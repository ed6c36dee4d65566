using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

/// <summary>The two ways the catalog files its meetings: by category (one each) and by WSIS Action Line (any number);
/// each is found by its address, and a category by its name, an Action Line by its code.</summary>
internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Category>, IEntityTypeConfiguration<CategoryTranslation>, IEntityTypeConfiguration<Theme>,
    IEntityTypeConfiguration<ThemeTranslation>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Translations).WithOne(t => t.Category).HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CategoryTranslation> builder)
    {
        builder.HasIndex(t => new { t.CategoryId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
    }

    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(FieldLengths.ThemeCode);
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Summary).HasMaxLength(FieldLengths.SourceText);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasMany(t => t.Translations).WithOne(tt => tt.Theme).HasForeignKey(tt => tt.ThemeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ThemeTranslation> builder)
    {
        builder.HasIndex(t => new { t.ThemeId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Summary).HasMaxLength(FieldLengths.SourceText);
    }
}
