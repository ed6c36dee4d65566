namespace WsisEvents.Web.Accounts;

public static class Roles
{
    /// <summary>Everything, accounts included.</summary>
    public const string Admin = "Admin";

    /// <summary>The catalog's entries, not accounts.</summary>
    public const string Editor = "Editor";

    public const string AdminOrEditor = Admin + "," + Editor;

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}
