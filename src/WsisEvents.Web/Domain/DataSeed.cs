namespace WsisEvents.Web.Domain;

/// <summary>A seeding step that has run against this database. Each step runs once, so that a restart
/// never re-adds what an editor has since changed or deleted.</summary>
public class DataSeed
{
    public required string Id { get; set; }
    public DateTime AppliedAt { get; set; }
}
