using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WsisEvents.Web.Accounts;
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

        // Static assets from the build output in any environment (a published app has no such manifest, and this
        // does nothing): otherwise MapStaticAssets, outside Development, answers a request for a compressed copy
        // that only publishing makes with an empty 200.
        builder.WebHost.UseStaticWebAssets();

        var dataDirectory = DataDirectory.FromConfiguration(configuration);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(_ => PlaceCorrections.Load(Path.Combine(dataDirectory.Path, SeedFiles.PlaceCorrections)));
        services.AddSingleton(TimeProvider.System);

        // On SIGTERM the server stops taking connections and lets requests in flight finish, for up to this long.
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var connectionString = SqliteConnectionString(configuration, builder.Environment);

        // Interceptors come from the container (durability, the cache eviction; tests add a command counter). The pool builds
        // its options once, so they are singletons.
        services.AddDbContextPool<WsisDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>()));

        services.AddSingleton<Catalog.CatalogCache>();
        services.AddSingleton<CacheEviction>();
        services.AddSingleton<IInterceptor, CacheEviction.SaveInterceptor>();
        services.AddSingleton<IInterceptor, SqliteDurabilityInterceptor>();
        if (configuration.GetValue<int?>("Sqlite:CacheKilobytes") is { } cacheKilobytes)
        {
            services.AddSingleton<IInterceptor>(new SqliteTuning(cacheKilobytes));
        }
        services.AddCatalogOutputCache(configuration);
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<MeetingImporter>();
        services.AddScoped<Editing.ChangeHistory>();
        services.AddScoped<Editing.Restorer>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseInitializer.OnStartup>();
        var pollSeconds = configuration.GetValue("OutputCache:ExternalWritePollSeconds", 2.0);
        services.AddHostedService(provider => new CacheEviction.ExternalWriteWatcher(
            connectionString, TimeSpan.FromSeconds(pollSeconds), provider.GetRequiredService<CacheEviction>(),
            provider.GetRequiredService<ILogger<CacheEviction.ExternalWriteWatcher>>()));

        AddAccounts(builder);

        services.AddControllersWithViews()
            .AddJsonOptions(options => JsonOptions.Configure(options.JsonSerializerOptions));
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>The login's rate-limit policy name.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>The text search's rate-limit policy name: requests with a <c>q</c> parameter, per client address.</summary>
    public const string SearchRateLimit = "search";

    private static void AddAccounts(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<WsisDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "wsis.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "wsis.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Keys kept with the data, so that a restart does not log editors out or void their open forms.
        var keys = configuration["DataProtection:KeysDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data", "keys");
        services.AddDataProtection().SetApplicationName("WsisEvents").PersistKeysToFileSystem(new DirectoryInfo(keys));

        var loginsPerMinute = configuration.GetValue("RateLimits:LoginPerMinute", 10);
        var searchesPerMinute = configuration.GetValue("RateLimits:SearchPerMinute", 300);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Only searches are limited: browsing the list, even fast, costs an index look-up; a text search more.
            options.AddPolicy(SearchRateLimit, context => string.IsNullOrEmpty(context.Request.Query["q"])
                ? RateLimitPartition.GetNoLimiter("browse")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = searchesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("WsisEvents.RateLimit")
                    .LogWarning("Rate limit hit on {RequestPath} by {RemoteIp}", context.HttpContext.Request.Path.Value, context.HttpContext.Connection.RemoteIpAddress);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many requests from this address. Wait a minute and try again.", cancellationToken);
            };
        });
        services.AddScoped<AccountBootstrapper>();
    }

    /// <summary>Bounds on what a request may carry: bodies, forms and their fields. Actions that take more (the
    /// import upload) say so themselves.</summary>
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        const int fieldLimit = 2 * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueLengthLimit = fieldLimit;
            form.ValueCountLimit = 1024;
            form.KeyLengthLimit = 256;
            form.MultipartBodyLengthLimit = 4 * 1024 * 1024;
        });
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
