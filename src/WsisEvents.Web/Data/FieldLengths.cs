namespace WsisEvents.Web.Data;

/// <summary>Column sizes, shared by the EF configurations and the validation of input.</summary>
public static class FieldLengths
{
    public const int Title = 300;
    public const int Name = 300;
    public const int Acronym = 40;
    public const int Slug = 120;
    public const int Place = 100;
    public const int Venue = 200;
    public const int Url = 300;
    public const int EnumName = 40;
    public const int ThemeCode = 8;
    public const int SourceDocument = 200;
    public const int SourceText = 4000;
    public const int UserId = 450;
    public const int UserName = 256;
    public const int Summary = 2000;
    public const int Language = 35;
    public const int FileName = 200;
    public const int MediaType = 100;
    public const int Sha256 = 64;
    public const int StatedFormat = 40;
}
