using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Judge.Tests.Integration.Browser;

/// <summary>
/// The API on a real loopback port (Kestrel, beside the in-memory one of the other integration
/// tests, on the same Postgres and worker) and Debian's Chromium driven by Playwright. Pages get
/// axe-core injected before their own scripts, so every page can be checked for WCAG violations.
/// </summary>
[SetUpFixture]
public sealed class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private const string HowTo = "Run deploy/test.sh: it installs Debian's chromium package (Playwright's own browser download cannot work here) and builds the web pages with npm.";

    private static WebApplicationFactory<Program>? _api;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static string _axe = string.Empty;

    /// <summary>The API's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public static string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository's root (CI keeps artifacts/).</summary>
    public static string ScreenshotDirectory { get; private set; } = string.Empty;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing. {HowTo}");
        }

        var root = RepositoryRoot();
        var axePath = Path.Combine(root, "Judge.Api", "ClientApp", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axePath))
        {
            Assert.Fail($"{axePath} is missing (an npm dev dependency of the web pages). {HowTo}");
        }

        _axe = await File.ReadAllTextAsync(axePath);
        ScreenshotDirectory = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(ScreenshotDirectory);

        _api = new WebApplicationFactory<Program>();
        _api.UseKestrel(0);
        _api.StartServer();
        BaseUrl = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keeps Chromium off this machine's closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
            IntegrationEnvironment.RestoreHangfireGlobals();
        }
    }

    /// <summary>A new browser context (its own cookies and storage) with axe-core in every page.</summary>
    public static async Task<IBrowserContext> NewContextAsync()
    {
        var context = await (_browser ?? throw new InvalidOperationException("the browser has not started")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // An init script runs outside the page's Content-Security-Policy, which stays in force for the page's own code.
        await context.AddInitScriptAsync(_axe);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Saves a full-page screenshot as a test artifact (artifacts/screenshots/&lt;name&gt;.png, attached to the test).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }

    /// <summary>
    /// Runs axe-core on the page for WCAG 2.0/2.1/2.2 A and AA rules, saves a screenshot, and fails
    /// with each violation (rule, impact, what to fix, where) if there is any.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await ScreenshotAsync(page, name);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }));
            }
            """);
        var report = new StringBuilder();
        foreach (var v in violations.EnumerateArray())
        {
            report.AppendLine($"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}");
            foreach (var node in v.GetProperty("nodes").EnumerateArray())
            {
                report.AppendLine($"    {node}");
            }
        }

        Assert.That(violations.GetArrayLength(), Is.Zero, $"axe-core found WCAG 2.2 AA violations on {name}:\n{report}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Judge.sln above {AppContext.BaseDirectory}");
    }
}
