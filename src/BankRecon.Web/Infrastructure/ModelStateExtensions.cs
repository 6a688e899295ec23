using BankRecon.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts a failed <see cref="Result"/>'s errors into ModelState: on "Prefix.Field" when the error names a field,
    /// otherwise on the form as a whole. Text is the translation of "Error.{code}" when one exists, else the
    /// use case's English message.
    /// </summary>
    public static void AddResultErrors(
        this ModelStateDictionary modelState, Result result, IStringLocalizer localizer, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? "" : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, Translate(error, localizer));
        }
    }

    public static string Translate(Error error, IStringLocalizer localizer)
    {
        var translated = localizer["Error." + error.Code];
        return translated.ResourceNotFound ? error.Message : translated.Value;
    }
}
