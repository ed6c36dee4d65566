using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

/// <summary>The library's key entity in the table that the migrations made for the keys before it was used: the key's
/// XML is required and its name bounded there, as in every database made since.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.Property(k => k.FriendlyName).HasMaxLength(FieldLengths.Name);
        builder.Property(k => k.Xml).IsRequired();
    }
}
