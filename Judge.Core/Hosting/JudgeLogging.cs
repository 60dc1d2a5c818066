using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Judge.Core.Hosting;

/// <summary>
/// The console log format of both hosts: the framework's plain lines by default, or with
/// Logging:Format=json one JSON object per entry, with its scopes (a job's run or submission id)
/// as properties, for a log collector to index.
/// </summary>
public static class JudgeLogging
{
    public const string FormatKey = "Logging:Format";
    public const string JsonFormat = "json";
    public const string SimpleFormat = "simple";

    public static ILoggingBuilder AddJudgeConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var format = configuration[FormatKey];
        if (string.IsNullOrEmpty(format) || string.Equals(format, SimpleFormat, StringComparison.OrdinalIgnoreCase))
        {
            return logging;
        }

        if (!string.Equals(format, JsonFormat, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{FormatKey} is '{format}'; use '{JsonFormat}' or '{SimpleFormat}'");
        }

        return logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
    }
}
