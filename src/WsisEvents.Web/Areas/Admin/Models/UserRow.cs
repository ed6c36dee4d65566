namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>An account as the users page lists it, with its role and the end of its lock-out, if it is locked out.</summary>
public sealed record UserRow(string Id, string Email, string Role, DateTimeOffset? LockedUntil);
