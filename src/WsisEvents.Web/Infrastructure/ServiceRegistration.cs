using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;
using WsisEvents.Web.Data.Seeding;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Infrastructure;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddCatalogServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var dataDirectory = DataDirectory.FromConfiguration(configuration);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(_ => PlaceCorrections.Load(Path.Combine(dataDirectory.Path, SeedFiles.PlaceCorrections)));
        services.AddSingleton(TimeProvider.System);

        var connectionString = SqliteConnectionString(configuration, builder.Environment);
        services.AddDbContextPool<WsisDbContext>(options => options.UseSqlite(connectionString));

        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<MeetingImporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseInitializer.OnStartup>();

        services.AddControllersWithViews()
            .AddJsonOptions(options => JsonOptions.Configure(options.JsonSerializerOptions));
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary><c>ConnectionStrings:Default</c>, or a file under the content root's App_Data folder (created by
    /// <see cref="DatabaseInitializer"/> on first start, not here, so that a dry run creates nothing).</summary>
    private static string SqliteConnectionString(IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration.GetConnectionString("Default") is { Length: > 0 } configured)
        {
            return configured;
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "wsisevents.db") }.ToString();
    }
}
