using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Controllers;
using WsisEvents.Web.Data.Postgres;
using WsisEvents.Web.Import;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web;

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
        services.AddSingleton(SiteAddress.FromConfiguration(configuration));
        services.AddTrustedProxies(configuration);

        // On SIGTERM the server stops taking connections and lets requests in flight finish, for up to this long.
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var database = DatabaseSettings.FromConfiguration(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(database);

        // Interceptors come from the container (durability, the cache eviction; tests add a command counter). The pool builds
        // its options once, so they are singletons.
        if (database.IsPostgres)
        {
            services.AddDbContextPool<WsisDbContext, PostgresWsisDbContext>((provider, options) => options
                .UseNpgsql(database.ConnectionString)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        }
        else
        {
            services.AddDbContextPool<WsisDbContext>((provider, options) => options
                .UseSqlite(database.ConnectionString)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
            services.AddSingleton<IInterceptor, SqliteDurabilityInterceptor>();
            if (configuration.GetValue<int?>("Sqlite:CacheKilobytes") is { } cacheKilobytes)
            {
                services.AddSingleton<IInterceptor>(new SqliteTuning(cacheKilobytes));
            }
        }

        services.AddSingleton<Catalog.CatalogCache>();
        services.AddSingleton<CacheEviction>();
        services.AddSingleton<IInterceptor, CacheEviction.SaveInterceptor>();
        services.AddCatalogOutputCache(configuration);
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<MeetingImporter>();
        services.AddScoped<Editing.ChangeHistory>();
        services.AddScoped<Editing.Restorer>();
        services.AddScoped<Editing.EntryEditor>();
        services.AddScoped<Areas.Admin.Models.MeetingForm>();
        services.AddScoped<Areas.Admin.Models.OrganizationForm>();
        services.AddScoped<Areas.Admin.Models.AffiliationForm>();
        services.AddScoped<Areas.Admin.Models.CategoryForm>();
        services.AddScoped<Areas.Admin.Models.ThemeForm>();
        services.AddScoped<Areas.Admin.Models.OutcomeDocumentForm>();
        services.AddScoped<Documents.DocumentFileStore>();
        services.AddOptions<Documents.DocumentFileOptions>().Bind(configuration.GetSection(Documents.DocumentFileOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0, "Documents:MaxUploadBytes must be a number of bytes above 0.").ValidateOnStart();
        services.AddOptions<Feeds.SitemapOptions>().Bind(configuration.GetSection(Feeds.SitemapOptions.Section))
            .Validate(o => o.UrlsPerFile is > 0 and <= Feeds.Sitemap.MaxUrlsPerFile, $"Sitemaps:UrlsPerFile must be a number from 1 to {Feeds.Sitemap.MaxUrlsPerFile}, the sitemap protocol's bound.")
            .ValidateOnStart();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseInitializer.OnStartup>();
        if (database.IsPostgres)
        {
            // Every instance on the database hears every committed change, its own and the others'.
            services.AddHostedService(provider => new PostgresChangeListener(
                database.ConnectionString, provider.GetRequiredService<CacheEviction>(), provider.GetRequiredService<ILogger<PostgresChangeListener>>()));
        }
        else
        {
            var pollSeconds = configuration.GetValue("OutputCache:ExternalWritePollSeconds", 2.0);
            services.AddHostedService(provider => new CacheEviction.ExternalWriteWatcher(
                database.ConnectionString, TimeSpan.FromSeconds(pollSeconds), provider.GetRequiredService<CacheEviction>(),
                provider.GetRequiredService<ILogger<CacheEviction.ExternalWriteWatcher>>()));
        }

        AddAccounts(builder);

        services.AddLocalization();

        // Razor encodes every character outside Basic Latin by default: "R&#xE9;unions", and an Arabic page three
        // times its size. Text in any script is written as it is; markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add<NulCharacterFormFilter>();
                WsisEvents.Web.Areas.Admin.Models.ModelBindingMessages.Localize(options.ModelBindingMessageProvider);
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(WsisEvents.Web.Localization.Texts)))
            .AddJsonOptions(options => JsonOptions.Configure(options.JsonSerializerOptions));
        services.AddProblemDetails();
        services.AddCatalogSecurityHeaders();
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
                // Failed sign-ins never lock an account, which would be anyone's lock to renew against its owner: the
                // login checks passwords without lockout and SignInThrottle slows failures per account and address.
                // These settings only apply to a lock set otherwise, which still refuses a sign-in until it ends.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<WsisDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "wsis.auth";

            // One sign-in for every language: without a path the cookie would be set for the path base, /fr.
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        // Every request with a sign-in cookie checks the account's security stamp in the database, so that sign-out
        // (which renews it), a role or password change and a deletion end every session of the account at once, on
        // every instance. The claim of failed sign-ins, made at sign-in, stays with the refreshed session.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SignInClaims.FailedSignIns) is { } failed
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(failed.Type, failed.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.AddSingleton<SignInThrottle>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "wsis.af";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Keys kept with the data, so that a restart does not log editors out or void their open forms, and shared
        // by every instance on the same database; a site on another database, even one started from the same folder,
        // has keys of its own and reads none of this one's cookies.
        var keyStore = KeyStore.FromConfiguration(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(keyStore);
        var dataProtection = services.AddDataProtection().SetApplicationName("WsisEvents");
        if (keyStore.Directory is { } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<WsisDbContext>();
        }

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
            // No "Server: Kestrel": it tells a scanner what to try and no client needs it.
            kestrel.AddServerHeader = false;
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

    /// <summary>Where the Data Protection keys are kept: <c>DataProtection:Keys</c> = <c>Database</c> (the default: the
    /// catalog's database, table DataProtectionKeys) or <c>Files</c> (in <c>DataProtection:KeysDirectory</c>, by default
    /// App_Data/keys). Setting <c>DataProtection:KeysDirectory</c> alone chooses files.</summary>
    public sealed record KeyStore(string? Directory)
    {
        public bool InDatabase => Directory is null;

        public static KeyStore FromConfiguration(IConfiguration configuration, string contentRoot)
        {
            var kind = configuration["DataProtection:Keys"];
            var inDatabase = string.IsNullOrWhiteSpace(kind)
                ? string.IsNullOrWhiteSpace(configuration["DataProtection:KeysDirectory"])
                : kind.Trim().ToUpperInvariant() switch
                {
                    "DATABASE" => true,
                    "FILES" => false,
                    _ => throw new DatabaseConfigurationException($"DataProtection:Keys is '{kind}'; it must be Database or Files."),
                };
            return inDatabase
                ? new KeyStore((string?)null)
                : new KeyStore(configuration["DataProtection:KeysDirectory"] is { Length: > 0 } configured
                    ? Path.GetFullPath(configured)
                    : Path.Combine(contentRoot, "App_Data", "keys"));
        }
    }
}
