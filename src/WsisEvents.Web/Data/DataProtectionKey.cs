namespace WsisEvents.Web.Data;

/// <summary>One ASP.NET Core Data Protection key (its XML as the key manager wrote it), kept in the database so that
/// every instance of the site reads the same key ring: a cookie or form token made by one is understood by the others.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
