using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers.Api;

/// <summary>The OpenAPI document of <c>/api</c> at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi, from the
/// controllers' response types) and its reference page at <c>/api/docs</c> (Scalar). The query parameters, which
/// the actions read as text so that a bad value is reported by name, are described from the same descriptors that
/// read them (<see cref="SearchParameters"/>, <see cref="OrganizationQuery"/>): name, type, bounds, description.</summary>
public static class ApiReference
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api/docs";

    public static IServiceCollection AddApiReference(this IServiceCollection services)
    {
        // The document's schemas follow the serializer of the minimal-API options; the controllers' JSON is the same.
        services.ConfigureHttpJsonOptions(options => JsonOptions.Configure(options.SerializerOptions));
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "WsisEvents API",
                    Version = DocumentName,
                    Description = "Read-only JSON of the WSIS meetings catalog: meetings, organizations and their UN "
                        + "affiliations, and the WSIS Action Lines C1–C11. camelCase, dates as yyyy-MM-dd. A bad query "
                        + "parameter gets a 400 ProblemDetails whose errors name it; an unknown slug a 404 ProblemDetails.",
                };

                // Relative to wherever the document is served, so the file in the repository is the same for every host.
                document.Servers = [new OpenApiServer { Url = "/" }];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var query = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParametersAttribute>().FirstOrDefault();
                if (query is not null)
                {
                    Describe(operation, query.Group);
                }

                // The API answers in JSON; the other formats MVC could write (text/plain, text/json) are not offered.
                foreach (var response in operation.Responses?.Values.AsEnumerable() ?? [])
                {
                    foreach (var type in response.Content?.Keys.Where(t => t is not ("application/json" or ApiProblems.ContentType)).ToList() ?? [])
                    {
                        response.Content!.Remove(type);
                    }
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");

        // Scalar's page runs its own scripts, which carry the nonce of this response's policy (SecurityHeaders); it
        // loads nothing from elsewhere (no web fonts, telemetry or assistant), and shows the five operations at once.
        app.MapScalarApiReference(PagePath, (options, context) => options
                .WithTitle("WsisEvents API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(DocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .ExpandAllTags()
                .WithNonce(context.GetNonce()))
            .WithSecurityHeadersPolicy(SecurityHeaders.ApiReferencePolicy);
        return app;
    }

    /// <summary>The parameters of one group, in place of those the action binds as plain text.</summary>
    private static void Describe(OpenApiOperation operation, QueryGroup group)
    {
        var described = group switch
        {
            QueryGroup.Meetings => SearchParameters.All.Select(p => (p.Name, p.Description, p.Schema)),
            QueryGroup.Organizations => OrganizationQuery.All.Select(p => (p.Name, p.Description, p.Schema)),
            QueryGroup.Documents => DocumentQuery.All.Select(p => (p.Name, p.Description, p.Schema)),
            _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
        };
        var names = described.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        operation.Parameters = [
            .. (operation.Parameters ?? []).Where(p => p.In != ParameterLocation.Query || !names.Contains(p.Name ?? "")),
            .. described.Select(p => (IOpenApiParameter)new OpenApiParameter
            {
                Name = p.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = p.Description,
                Schema = Schema(p.Schema),
            }),
        ];
    }

    private static OpenApiSchema Schema(SearchValueSchema value) => new()
    {
        Type = value.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String,
        Format = value.Format,
        Minimum = value.Minimum?.ToString(CultureInfo.InvariantCulture),
        Maximum = value.Maximum?.ToString(CultureInfo.InvariantCulture),
        MaxLength = value.MaxLength,
        Enum = value.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
        Default = value.Default is null ? null : Node(value.Type, value.Default),
        Examples = value.Example is null ? null : [Node(value.Type, value.Example)],
    };

    private static JsonValue Node(string type, string value) => type == "integer"
        ? JsonValue.Create(int.Parse(value, CultureInfo.InvariantCulture))
        : JsonValue.Create(value);
}

/// <summary>Which described query an API action reads from the query string.</summary>
public enum QueryGroup
{
    Meetings,
    Organizations,
    Documents,
}

/// <summary>Marks an API action whose query parameters the OpenAPI document takes from a group of descriptors.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QueryParametersAttribute(QueryGroup group) : Attribute
{
    public QueryGroup Group => group;
}
