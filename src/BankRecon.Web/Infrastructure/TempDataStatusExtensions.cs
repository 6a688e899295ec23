using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BankRecon.Web.Infrastructure;

/// <summary>The one-shot message shown after a redirect (post/redirect/get) by Pages/Shared/_StatusMessage.cshtml.</summary>
public static class TempDataStatusExtensions
{
    private const string MessageKey = "StatusMessage";
    private const string KindKey = "StatusMessageKind";

    public static void SetStatus(this ITempDataDictionary tempData, string message, StatusMessageKind kind = StatusMessageKind.Success)
    {
        tempData[MessageKey] = message;
        tempData[KindKey] = kind.ToString();
    }

    public static (string Message, StatusMessageKind Kind)? TakeStatus(this ITempDataDictionary tempData)
    {
        if (tempData[MessageKey] is not string message || message.Length == 0) return null;
        var kind = Enum.TryParse<StatusMessageKind>(tempData[KindKey] as string, out var parsed) ? parsed : StatusMessageKind.Info;
        return (message, kind);
    }
}
