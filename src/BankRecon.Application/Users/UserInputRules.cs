using BankRecon.Domain.Users;
using FluentValidation;

namespace BankRecon.Application.Users;

/// <summary>
/// Input-shape rules shared by the user use cases. Error codes are stable; the web app localises by code.
/// Validators using them set <c>RuleLevelCascadeMode = CascadeMode.Stop</c> so one field reports one problem.
/// </summary>
public static class UserInputRules
{
    // NIST SP 800-63B: length over composition rules. 10 is a compromise for an internal back-office tool.
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidUserName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithErrorCode("user.name-required").WithMessage("Enter a user name.")
            .MinimumLength(2).WithErrorCode("user.name-length")
                .WithMessage($"A user name has 2 to {UserAccount.UserNameMaxLength} characters.")
            .MaximumLength(UserAccount.UserNameMaxLength).WithErrorCode("user.name-length")
                .WithMessage($"A user name has 2 to {UserAccount.UserNameMaxLength} characters.")
            .Must(BeAPlainUserName).WithErrorCode("user.name-characters")
                .WithMessage("Use letters, digits, dot, dash, underscore or @ in user names.");

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithErrorCode("user.password-required").WithMessage("Enter a password.")
            .MinimumLength(PasswordMinLength).WithErrorCode("user.password-too-short")
                .WithMessage($"A password needs at least {PasswordMinLength} characters.")
            .MaximumLength(PasswordMaxLength).WithErrorCode("user.password-too-long")
                .WithMessage($"A password has at most {PasswordMaxLength} characters.");

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(UserAccount.DisplayNameMaxLength).WithErrorCode("user.display-name-too-long")
            .WithMessage($"A display name has at most {UserAccount.DisplayNameMaxLength} characters.");

    public static IRuleBuilderOptions<T, UserRole> ValidRole<T>(this IRuleBuilder<T, UserRole> rule) =>
        rule.IsInEnum().WithErrorCode("user.role-unknown").WithMessage("Choose one of the listed roles.");

    private static bool BeAPlainUserName(string userName) =>
        userName.Trim().All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@');
}
