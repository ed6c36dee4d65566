namespace WsisEvents.Web.Domain;

public class Category : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int SortOrder { get; set; }
    public List<Meeting> Meetings { get; set; } = [];
}
