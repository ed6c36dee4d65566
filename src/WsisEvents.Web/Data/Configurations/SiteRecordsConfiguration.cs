using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

/// <summary>What the site records about itself beside the catalog: the history of edits, the seed steps that have run
/// and the Data Protection key ring.</summary>
internal sealed class SiteRecordsConfiguration :
    IEntityTypeConfiguration<ChangeRecord>,
    IEntityTypeConfiguration<DataSeed>,
    IEntityTypeConfiguration<DataProtectionKey>
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

    /// <summary>A step's id is the name it is recorded under, such as a source document's.</summary>
    public void Configure(EntityTypeBuilder<DataSeed> builder) => builder.Property(s => s.Id).HasMaxLength(FieldLengths.SourceDocument);

    /// <summary>The library's key entity in the table that the migrations made for the keys before it was used: the
    /// key's XML is required and its name bounded there, as in every database made since.</summary>
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.Property(k => k.FriendlyName).HasMaxLength(FieldLengths.Name);
        builder.Property(k => k.Xml).IsRequired();
    }
}
