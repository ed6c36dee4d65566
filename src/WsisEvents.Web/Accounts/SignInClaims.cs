namespace WsisEvents.Web.Accounts;

public static class SignInClaims
{
    /// <summary>The claim of the session that says how many failed sign-ins its account had since the one before.</summary>
    public const string FailedSignIns = "wsis:failed-sign-ins";
}
