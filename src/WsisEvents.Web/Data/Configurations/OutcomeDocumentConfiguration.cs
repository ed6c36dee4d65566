using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WsisEvents.Web.Data.Configurations;

internal sealed class OutcomeDocumentConfiguration : IEntityTypeConfiguration<OutcomeDocument>
{
    public void Configure(EntityTypeBuilder<OutcomeDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(d => d.DatePrecision).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(d => d.Symbol).HasMaxLength(DocumentSymbol.MaxLength);
        builder.Property(d => d.Summary).HasMaxLength(FieldLengths.Summary);
        builder.Property(d => d.SourceDocument).HasMaxLength(FieldLengths.SourceDocument);
        builder.Property(d => d.SourceText).HasMaxLength(FieldLengths.SourceText);

        // A symbol names one document; documents without one are many (NULLs are distinct on both providers).
        builder.HasIndex(d => d.Symbol).IsUnique();
        // A meeting's outcomes in order, and the list's "has outcomes" test as a walk of this index.
        builder.HasIndex(d => new { d.MeetingId, d.Position });
        builder.HasIndex(d => d.Date);

        builder.HasOne(d => d.Meeting)
            .WithMany(m => m.Outcomes)
            .HasForeignKey(d => d.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentLanguageVersionConfiguration : IEntityTypeConfiguration<DocumentLanguageVersion>
{
    public void Configure(EntityTypeBuilder<DocumentLanguageVersion> builder)
    {
        builder.Property(v => v.Language).HasMaxLength(FieldLengths.Language);
        builder.Property(v => v.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(v => v.FileName).HasMaxLength(FieldLengths.FileName);
        builder.Property(v => v.StatedFormat).HasMaxLength(FieldLengths.StatedFormat);

        // One version per language of a document; the language filter of /documents reads this index.
        builder.HasIndex(v => new { v.OutcomeDocumentId, v.Language }).IsUnique();
        builder.HasIndex(v => v.Language);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_DocumentLanguageVersions_LinkOrFile", "\"Url\" IS NULL OR \"StoredFileId\" IS NULL"));

        builder.HasOne(v => v.Document)
            .WithMany(d => d.Languages)
            .HasForeignKey(v => v.OutcomeDocumentId)
            .OnDelete(DeleteBehavior.Cascade);

        // A file outlives the versions that point to it (the history may bring them back); it can only go when none does.
        builder.HasOne(v => v.File)
            .WithMany()
            .HasForeignKey(v => v.StoredFileId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.Sha256).HasMaxLength(FieldLengths.Sha256);
        builder.Property(f => f.MediaType).HasMaxLength(FieldLengths.MediaType);
        builder.HasIndex(f => f.Sha256).IsUnique();

        builder.HasOne(f => f.Content)
            .WithOne()
            .HasForeignKey<StoredFileContent>(c => c.StoredFileId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> builder) => builder.HasKey(c => c.StoredFileId);
}
