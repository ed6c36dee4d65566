namespace WsisEvents.Web.Domain;

public enum OrganizationKind
{
    UnBody = 0,
    UnProgrammeOrFund = 1,
    Intergovernmental = 2,
    Government = 3,
    Ngo = 4,
    PrivateSector = 5,
    Academic = 6,
    Other = 7,
}
