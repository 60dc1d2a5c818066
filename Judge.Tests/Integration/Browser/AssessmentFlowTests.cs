using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Judge.Tests.Integration.Browser;

/// <summary>
/// The product in a real browser: a recruiter signs up, creates an assessment and invites three
/// candidates; one solves both tasks with the mouse, one with the keyboard only, one reloads and
/// loses the connection mid-task; the recruiter then reads the report with the verdicts. Every
/// page is checked with axe-core and saved as a screenshot. The tests run in order and share the
/// assessment.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AssessmentFlowTests
{
    // A run waits behind judging jobs on the two worker slots; judging a whole submission takes longer.
    private static readonly float RunTimeout = (float)TimeSpan.FromMinutes(4).TotalMilliseconds;
    private static readonly float JudgeTimeout = (float)TimeSpan.FromMinutes(12).TotalMilliseconds;

    private const string FirstTask = "max-subarray";
    private const string SecondTask = "word-break";

    private IBrowserContext _recruiter = null!;
    private IPage _recruiterPage = null!;
    private string _assessmentUrl = string.Empty;
    private readonly Dictionary<string, string> _links = [];

    [OneTimeSetUp]
    public async Task OpenRecruiterAsync()
    {
        _recruiter = await BrowserEnvironment.NewContextAsync();
        _recruiterPage = await _recruiter.NewPageAsync();
    }

    [OneTimeTearDown]
    public async Task CloseAsync() => await _recruiter.CloseAsync();

    [Test, Order(1)]
    public async Task Recruiter_SignsUpCreatesAnAssessmentAndInvitesCandidates()
    {
        var page = _recruiterPage;
        await page.GotoAsync("/recruiter/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-sign-in");

        // A wrong password is refused with a message, and nothing else happens.
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("nobody@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create an account", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Organisation").FillAsync("Browser Test Ltd");
        await page.GetByLabel("Your name").FillAsync("Rita Recruiter");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync($"rita-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("correct horse battery staple");
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-sign-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Assessments", Level = 1 })).ToBeVisibleAsync();
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-assessments-empty");

        await page.GetByRole(AriaRole.Link, new() { Name = "New assessment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New assessment", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Title").FillAsync("Backend engineer, browser test");
        await page.GetByLabel("First task (medium)").SelectOptionAsync(FirstTask);
        await page.GetByLabel("Second task (medium-hard)").SelectOptionAsync(SecondTask);
        await page.GetByLabel("Duration in minutes").FillAsync("90");
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-new-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create assessment" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Backend engineer, browser test", Level = 1 })).ToBeVisibleAsync();
        _assessmentUrl = page.Url;
        foreach (var name in new[] { "Mona Mouse", "Kim Keyboard", "Rene Reload" })
        {
            await page.GetByLabel("Candidate name").FillAsync(name);
            await page.GetByLabel("Candidate email").FillAsync($"{name.Split(' ')[0].ToLowerInvariant()}@example.com");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
            var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Invitation created for {name}" });
            await Expect(status).ToBeVisibleAsync();
            var link = await status.GetByRole(AriaRole.Link).Or(page.Locator("a[href*='/candidate/']").Last).First.GetAttributeAsync("href");
            Assert.That(link, Does.Contain("/candidate/"), $"the invitation for {name} shows its link");
            _links[name] = link!;
        }

        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Candidates and their sessions" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-assessment");
    }

    [Test, Order(2)]
    public async Task Candidate_SolvesBothTasks_WithTheMouse()
    {
        await using var context = await BrowserEnvironment.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Link("Mona Mouse"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Backend engineer, browser test", Level = 1 })).ToBeVisibleAsync();
        await BrowserEnvironment.AssertAccessibleAsync(page, "candidate-before-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();

        var timer = page.GetByRole(AriaRole.Timer, new() { Name = "Time left" });
        await Expect(timer).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1:(29|30):\d\d$"));

        // Task 1 in Python; a switch to JavaScript loads its skeleton and the Python draft survives the round trip.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Tasks" }).GetByRole(AriaRole.Button, new() { Name = "Task 1:" }).ClickAsync();
        await page.GetByLabel("Language").SelectOptionAsync("python");
        await ReplaceCodeAsync(page, Solution(FirstTask));
        await Expect(page.Locator("#save-state")).ToHaveTextAsync("Saved");
        await page.GetByLabel("Language").SelectOptionAsync("javascript");
        await Expect(Editor(page)).ToContainTextAsync("function solution");
        await page.GetByLabel("Language").SelectOptionAsync("python");
        await Expect(Editor(page)).ToContainTextAsync("best = current = a[0]");

        await page.GetByRole(AriaRole.Button, new() { Name = "Run examples" }).ClickAsync();
        var results = page.GetByRole(AriaRole.List, new() { Name = "Run results" });
        await Expect(results.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("OK", new() { Timeout = RunTimeout });
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"Run finished"))).ToBeAttachedAsync(new() { Timeout = RunTimeout });
        Assert.That(await results.GetByRole(AriaRole.Listitem).AllInnerTextsAsync(), Is.All.Contains("OK"));

        // A custom input runs too; a malformed one is refused before it is sent.
        await page.GetByLabel("Custom input (JSON array of arguments)").FillAsync("not json");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run custom input" }).ClickAsync();
        await Expect(page.GetByText("Custom input must be a JSON array", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("Custom input (JSON array of arguments)").FillAsync("[[-2, 5, -1, 7]]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run custom input" }).ClickAsync();
        await Expect(results).ToContainTextAsync("11", new() { Timeout = RunTimeout });
        await BrowserEnvironment.AssertAccessibleAsync(page, "candidate-task-with-results");

        await SubmitTaskAsync(page);

        // Task 2: a wrong answer shows "got X, expected Y" on an example, then the right code is submitted.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Tasks" }).GetByRole(AriaRole.Button, new() { Name = "Task 2:" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToBeVisibleAsync();
        await page.GetByLabel("Language").SelectOptionAsync("python");
        await ReplaceCodeAsync(page, "def solution(s, words):\n    return False\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run examples" }).ClickAsync();
        await Expect(results).ToContainTextAsync("got false, expected true", new() { Timeout = RunTimeout, IgnoreCase = true });
        await ReplaceCodeAsync(page, Solution(SecondTask));
        await SubmitTaskAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Finish assessment" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        await Expect(page.GetByText("You have finished")).ToBeVisibleAsync();
        await BrowserEnvironment.AssertAccessibleAsync(page, "candidate-finished");
    }

    [Test, Order(3)]
    public async Task Candidate_SolvesBothTasks_WithTheKeyboardOnly()
    {
        await using var context = await BrowserEnvironment.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Link("Kim Keyboard"));
        await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Timer, new() { Name = "Time left" })).ToBeVisibleAsync();

        foreach (var (ordinal, task) in new[] { (1, FirstTask), (2, SecondTask) })
        {
            await PressOnAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Tasks" }).GetByRole(AriaRole.Button, new() { Name = $"Task {ordinal}:" }), "Enter");
            var language = page.GetByLabel("Language");
            await TabToAsync(page, language);
            await page.Keyboard.TypeAsync("Python"); // a focused select picks the option its typed name starts with
            await Expect(language).ToHaveValueAsync("python");

            await TabToAsync(page, Editor(page));
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.InsertTextAsync(Solution(task));
            // Escape, then Tab leaves the editor (Tab alone indents).
            await page.Keyboard.PressAsync("Escape");
            await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Run examples" }), "Enter");
            await Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"Run finished"))).ToBeAttachedAsync(new() { Timeout = RunTimeout });
            Assert.That(await page.GetByRole(AriaRole.List, new() { Name = "Run results" }).GetByRole(AriaRole.Listitem).AllInnerTextsAsync(), Is.All.Contains("OK"));

            await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Submit task" }), "Enter");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            await PressOnAsync(page, dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }), "Enter");
            await Expect(page.Locator("main")).ToContainTextAsync("Submitted");
        }

        await PressOnAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Finish assessment" }), "Enter");
        await PressOnAsync(page, page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Finish" }), "Enter");
        await Expect(page.GetByText("You have finished")).ToBeVisibleAsync();
        await BrowserEnvironment.ScreenshotAsync(page, "candidate-keyboard-finished");
    }

    [Test, Order(4)]
    public async Task Candidate_LosesNothing_OnReloadOrALostConnection()
    {
        await using var context = await BrowserEnvironment.NewContextAsync();
        var page = await context.NewPageAsync();
        var link = Link("Rene Reload");
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await page.GetByLabel("Language").SelectOptionAsync("python");
        await ReplaceCodeAsync(page, "def solution(a):\n    # first draft\n    return 0\n");
        await Expect(page.Locator("#save-state")).ToHaveTextAsync("Saved");

        await page.ReloadAsync();
        await Expect(Editor(page)).ToContainTextAsync("# first draft");

        // Offline: the draft is kept in the browser and saved once the connection is back.
        await context.SetOfflineAsync(true);
        await ReplaceCodeAsync(page, "def solution(a):\n    # written offline\n    return 0\n");
        await Expect(page.Locator("#save-state")).ToHaveTextAsync("Offline: kept in this browser, will save when back");
        await context.SetOfflineAsync(false);
        await Expect(page.Locator("#save-state")).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });

        var session = await IntegrationEnvironment.Api.GetFromJsonAsync<JsonObject>(new Uri(link.Replace("/candidate/", "/api/candidate/", StringComparison.Ordinal)).AbsolutePath);
        var drafts = session!["tasks"]![0]!["drafts"]!.AsArray();
        Assert.That(drafts.Single(d => d!["language"]!.GetValue<string>() == "python")!["code"]!.GetValue<string>(), Does.Contain("# written offline"));

        await page.ReloadAsync();
        await Expect(Editor(page)).ToContainTextAsync("# written offline");
    }

    [Test, Order(5)]
    public async Task Recruiter_ReadsTheReport_WithVerdictsCodeAndTimeline()
    {
        var page = _recruiterPage;
        await page.GotoAsync(_assessmentUrl);
        var candidates = page.GetByRole(AriaRole.Table, new() { Name = "Candidates and their sessions" });
        await Expect(candidates.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mona Mouse" })).ToContainTextAsync("finished", new() { IgnoreCase = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Report for Mona Mouse" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report: Mona Mouse", Level = 1 })).ToBeVisibleAsync();
        var main = page.Locator("main");
        // The page polls while judging; both tasks pass every group.
        await Expect(main.GetByText("Total 100%")).ToHaveCountAsync(2, new() { Timeout = JudgeTimeout });
        await Expect(main.GetByText("Correctness 100%")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Test groups for Maximum subarray sum" }).Or(page.GetByRole(AriaRole.Table).First).First)
            .ToContainTextAsync("OK");
        await Expect(main).ToContainTextAsync("best = current = a[0]");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" }).First).ToBeVisibleAsync();

        // Integrity: Kim submitted the same code, so the tasks are flagged with both codes side by side; Mona pasted task 2's solution whole.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Similarity" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Similar to Kim Keyboard (Backend engineer, browser test)" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Kim Keyboard's code for" }).First).ToContainTextAsync("1▶");
        await Expect(main.Locator("mark").First).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Pasted \d+ characters"));

        // Playback: the first moment of task 2's timeline is the wrong draft that was run.
        var playback = page.GetByRole(AriaRole.Slider).Nth(1);
        await playback.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Expect(page.GetByRole(AriaRole.Textbox).Filter(new() { HasText = "return False" }).First).ToBeVisibleAsync();
        await BrowserEnvironment.AssertAccessibleAsync(page, "recruiter-report");
    }

    private string Link(string candidate) => _links.TryGetValue(candidate, out var link)
        ? link
        : throw new AssertionException($"no invitation for {candidate}: the recruiter test (Order 1) failed first");

    private static ILocator Editor(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Code editor" });

    /// <summary>The bank's second correct solution (Python) of a task.</summary>
    private static string Solution(string task) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "bank", task, "solutions", "reference.py"));

    /// <summary>Replaces the editor's text as typed input (inserted whole, so the editor's auto-indent does not re-indent it).</summary>
    private static async Task ReplaceCodeAsync(IPage page, string code)
    {
        await Editor(page).ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(code);
    }

    private static async Task SubmitTaskAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit task" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Submitted");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit task" })).ToHaveCountAsync(0);
    }

    /// <summary>Moves the focus with Tab (forwards) until it is on the target, as a keyboard user would, then presses a key.</summary>
    private static async Task PressOnAsync(IPage page, ILocator target, string key)
    {
        await TabToAsync(page, target);
        await page.Keyboard.PressAsync(key);
    }

    private static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 120)
    {
        await target.WaitForAsync();
        for (var i = 0; i < maxPresses; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{target} is not reachable with Tab within {maxPresses} presses");
    }
}
