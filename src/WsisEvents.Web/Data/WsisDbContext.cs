using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Data;

public class WsisDbContext(DbContextOptions<WsisDbContext> options) : DbContext(options)
{
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingOrganizer> MeetingOrganizers => Set<MeetingOrganizer>();
    public DbSet<MeetingTheme> MeetingThemes => Set<MeetingTheme>();
    public DbSet<MeetingRelation> MeetingRelations => Set<MeetingRelation>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<DataSeed> DataSeeds => Set<DataSeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WsisDbContext).Assembly);
    }
}
