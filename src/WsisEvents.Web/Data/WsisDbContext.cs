using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace WsisEvents.Web.Data;

/// <summary>The catalog and its editors' accounts (ASP.NET Core Identity) in one database. On SQLite the app uses
/// this class itself; on PostgreSQL <see cref="Postgres.PostgresWsisDbContext"/>, which only tells the two providers'
/// migrations apart. It also holds the Data Protection key ring (<see cref="IDataProtectionKeyContext"/>).</summary>
public class WsisDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public WsisDbContext(DbContextOptions<WsisDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own subclass, which the pool builds with options of its own type.</summary>
    protected WsisDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingOrganizer> MeetingOrganizers => Set<MeetingOrganizer>();
    public DbSet<MeetingTheme> MeetingThemes => Set<MeetingTheme>();
    public DbSet<MeetingRelation> MeetingRelations => Set<MeetingRelation>();
    public DbSet<MeetingTranslation> MeetingTranslations => Set<MeetingTranslation>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();
    public DbSet<OrganizationTranslation> OrganizationTranslations => Set<OrganizationTranslation>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<AffiliationTranslation> AffiliationTranslations => Set<AffiliationTranslation>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<CategoryTranslation> CategoryTranslations => Set<CategoryTranslation>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<ThemeTranslation> ThemeTranslations => Set<ThemeTranslation>();
    public DbSet<OutcomeDocument> OutcomeDocuments => Set<OutcomeDocument>();
    public DbSet<DocumentLanguageVersion> DocumentLanguageVersions => Set<DocumentLanguageVersion>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<StoredFileContent> StoredFileContents => Set<StoredFileContent>();
    public DbSet<DataSeed> DataSeeds => Set<DataSeed>();
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WsisDbContext).Assembly);
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            // The default lets the migration add the column to tables that already have rows; 0 is also what a
            // new entry starts at, so the default never hides a value.
            builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken().HasDefaultValue(0);
        }
    }

    /// <summary>A saved change to a versioned entry gets the next version; the UPDATE's WHERE clause carries the
    /// version the editor started from (the original value), so a stale edit updates no row and fails.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
