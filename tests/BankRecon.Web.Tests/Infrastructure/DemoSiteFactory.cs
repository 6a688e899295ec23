namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// No connection string: the app creates its embedded SQLite file in the (empty) data folder, so it starts in
/// demo mode by default and seeds one demo user per role.
/// </summary>
public sealed class DemoSiteFactory : BankReconAppFactory;
