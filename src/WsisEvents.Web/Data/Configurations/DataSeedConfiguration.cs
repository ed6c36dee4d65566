using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class DataSeedConfiguration : IEntityTypeConfiguration<DataSeed>
{
    public void Configure(EntityTypeBuilder<DataSeed> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(FieldLengths.SourceDocument);
    }
}
