using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(FieldLengths.ThemeCode);
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Summary).HasMaxLength(FieldLengths.SourceText);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
