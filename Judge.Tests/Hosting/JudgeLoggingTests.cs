using System.Text.Json.Nodes;
using Judge.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Judge.Tests.Hosting;

[TestFixture]
public sealed class JudgeLoggingTests
{
    [Test]
    public void JsonFormat_WritesOneObjectPerEntry_WithTheJobScope()
    {
        using var services = Services("json");
        var formatter = services.GetRequiredService<IEnumerable<ConsoleFormatter>>().Single(f => f.Name == ConsoleFormatterNames.Json);
        var scopes = new LoggerExternalScopeProvider();
        var runId = Guid.NewGuid();
        using var writer = new StringWriter();
        using (scopes.Push(LogScope.Job("run", "RunId", runId)))
        {
            var entry = new LogEntry<string>(LogLevel.Warning, "Judge.Worker.Jobs.RunJudgeJob", new EventId(1), "run failed", null, (s, _) => s);
            formatter.Write(in entry, scopes, writer);
        }

        var line = writer.ToString().Trim();
        var json = JsonNode.Parse(line)!;
        var scope = json["Scopes"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(line, Does.Not.Contain('\n'));
            Assert.That(json["LogLevel"]!.GetValue<string>(), Is.EqualTo("Warning"));
            Assert.That(json["Message"]!.GetValue<string>(), Is.EqualTo("run failed"));
            Assert.That(json["Timestamp"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(scope["RunId"]!.GetValue<string>(), Is.EqualTo(runId.ToString()));
            Assert.That(scope["Job"]!.GetValue<string>(), Is.EqualTo("run"));
            Assert.That(scope["Message"]!.GetValue<string>(), Is.EqualTo($"Job=run, RunId={runId}"));
        });
    }

    [TestCase(null)]
    [TestCase("simple")]
    public void DefaultFormat_LeavesTheConsoleAsItWas(string? format)
    {
        using var services = Services(format);
        Assert.That(services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName, Is.Not.EqualTo(ConsoleFormatterNames.Json));
    }

    [Test]
    public void UnknownFormat_IsRefusedAtStart() =>
        Assert.That(() => Services("xml"), Throws.InvalidOperationException.With.Message.Contains("Logging:Format"));

    private static ServiceProvider Services(string? format)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [JudgeLogging.FormatKey] = format }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole().AddJudgeConsole(configuration));
        return services.BuildServiceProvider();
    }
}
