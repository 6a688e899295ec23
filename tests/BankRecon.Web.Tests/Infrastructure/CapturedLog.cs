using Microsoft.Extensions.Logging;

namespace BankRecon.Web.Tests.Infrastructure;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties);
