namespace WsisEvents.Web.Domain;

public enum AffiliationKind
{
    SectorMember = 0,
    ConsultativeStatus = 1,
    PermanentObserver = 2,
    Observer = 3,
    NgoInOperationalRelations = 4,
    MemorandumOfUnderstanding = 5,
    Partner = 6,
    Participant = 7,
    Member = 8,
}
