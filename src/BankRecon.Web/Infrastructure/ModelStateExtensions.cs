using BankRecon.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts a failed <see cref="Result"/>'s errors into ModelState: on "Prefix.Field" when the error names a field,
    /// otherwise on the form as a whole. Text is the translation of "Error.{code}" with the error's values when one
    /// exists, else the use case's English message (<see cref="UserMessages"/>); <paramref name="zone"/> is the
    /// time zone instants are shown in (UTC when not given).
    /// </summary>
    public static void AddResultErrors(
        this ModelStateDictionary modelState, Result result, IStringLocalizer localizer, string? prefix = null,
        Func<string, string?>? mapField = null, TimeZoneInfo? zone = null)
    {
        foreach (var error in result.Errors)
        {
            // mapField renames a use case's field to the form's (e.g. "BankAccounts[2]" -> the textarea); null = the form as a whole.
            var field = string.IsNullOrEmpty(error.Field) ? null : mapField is null ? error.Field : mapField(error.Field);
            var key = string.IsNullOrEmpty(field) ? "" : string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
            modelState.AddModelError(key, UserMessages.For(error, localizer, zone));
        }
    }

    public static string Translate(Error error, IStringLocalizer localizer) => UserMessages.For(error, localizer);
}
