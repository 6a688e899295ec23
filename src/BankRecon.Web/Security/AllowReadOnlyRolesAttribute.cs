namespace BankRecon.Web.Security;

/// <summary>
/// Lets read-only roles (auditors) use this page's POST handlers: for actions that change nothing in the books,
/// such as signing out, choosing a language or changing one's own password. Put it on the page model or on one
/// handler method.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class AllowReadOnlyRolesAttribute : Attribute;
