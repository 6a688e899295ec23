using System.Globalization;
using BankRecon.Application.Users;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Filters;

namespace BankRecon.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging (Serilog.AspNetCore is not restorable here; STYLE.md). The
    /// provider is built from the final configuration when the host first needs a logger.
    /// </summary>
    public static ILoggingBuilder AddBankReconSerilog(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.Services.AddSingleton<ILoggerProvider>(sp => new SerilogLoggerProvider(
            CreateLogger(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<AppPaths>()), dispose: true));
        return logging;
    }

    /// <summary>
    /// Levels, enrichers and console output come from the "Serilog" section of appsettings.json. The rolling file
    /// is added here because its default path depends on the data folder ("LogFile" section: Enabled, Path,
    /// RetainedFileCountLimit). The first-run credentials category never reaches the file.
    /// </summary>
    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration, AppPaths paths)
    {
        var file = configuration.GetSection("LogFile");
        var loggerConfiguration = new LoggerConfiguration().ReadFrom.Configuration(configuration);

        if (file.GetValue("Enabled", true))
        {
            var path = file["Path"];
            path = string.IsNullOrWhiteSpace(path) ? Path.Combine(paths.LogsFolder, "bankrecon-.log") : path;
            // Written by a background worker (Serilog.Sinks.Async): every request logs a line, and the file sink takes a
            // lock per write that busy request threads would otherwise queue on.
            loggerConfiguration.WriteTo.Logger(fileLogger => fileLogger
                .Filter.ByExcluding(Matching.FromSource(EnsureAdministratorHandler.CredentialsLogCategory))
                .WriteTo.Async(sink => sink.File(
                    path,
                    restrictedToMinimumLevel: LogEventLevel.Information,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: file.GetValue("RetainedFileCountLimit", 31),
                    fileSizeLimitBytes: file.GetValue<long?>("FileSizeLimitBytes", 50L * 1024 * 1024),
                    rollOnFileSizeLimit: true,
                    shared: true,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture)));
        }

        return loggerConfiguration.CreateLogger();
    }
}
