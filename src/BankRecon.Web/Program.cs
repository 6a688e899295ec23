using BankRecon.Application;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddBankReconApplication();

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapRazorPages();
app.Run();

/// <summary>Entry point type, public for WebApplicationFactory.</summary>
public partial class Program;
