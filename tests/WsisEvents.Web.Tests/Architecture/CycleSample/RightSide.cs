namespace WsisEvents.Web.Tests.Architecture.CycleSample.Right;

public static class RightSide
{
    public static int Count(int[] values) => values.Length;

    public static string Name() => "left " + Left.LeftSide.Call();
}
