namespace WsisEvents.Web.Catalog;

public static class OrganizationKinds
{
    /// <summary>The kinds as the API writes them ("unBody", "ngo").</summary>
    public static IReadOnlyList<string> Names { get; } = ApiEnum.Names<OrganizationKind>();

    /// <summary>Reads a kind as the API writes it, or in any case, with or without hyphens ("un-body").</summary>
    public static bool TryParse(string text, out OrganizationKind kind) => ApiEnum.TryParse(text, out kind);
}
