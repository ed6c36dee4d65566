namespace WsisEvents.Web.Domain;

/// <summary>How exactly a date is known. A month-precision meeting spans the whole month in storage,
/// but is never shown with an invented day.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
