using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.Property(c => c.EntityType).HasMaxLength(FieldLengths.EnumName);
        builder.Property(c => c.EntityName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(c => c.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.UserName).HasMaxLength(FieldLengths.UserName);
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
        builder.HasIndex(c => c.At);
    }
}
