using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Worker.Cli;

namespace Judge.Worker.Bench;

/// <summary>
/// `bench-load --api URL [--candidates 100] [--minutes 3] [--run-every 120] [--out FILE]`: many
/// simulated candidates against a running API and worker (deploy/up.sh). Each candidate autosaves
/// every 5 s and runs the examples every --run-every seconds (random phases); the bench prints
/// autosave latency, run acceptance and run completion (accepted → all tests back) percentiles and
/// every error, beside the same autosave measured on an idle system first (the baseline).
/// </summary>
public static class LoadBench
{
    private static readonly TimeSpan AutosaveEvery = TimeSpan.FromSeconds(5);
    private static readonly string[] Tasks = ["max-subarray", "word-break"];

    /// <summary>The ordinal of max-subarray in the session (ordinals count from 0): the code saved and run is its reference.</summary>
    internal const int FirstTask = 0;

    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var api = new Uri(args.Required("--api"));
        var candidates = args.PositiveInt("--candidates", 100);
        var minutes = args.PositiveInt("--minutes", 3);
        var runEvery = TimeSpan.FromSeconds(args.PositiveInt("--run-every", 120));
        var output = args.Optional("--out") ?? Path.Combine("bench-results", $"bench-load-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
        args.RejectUnknown();

        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 256 };
        using var http = new HttpClient(handler) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
        var code = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "bank", "max-subarray", "solutions", "reference.py"), cancellationToken);

        Console.Error.WriteLine($"bench-load: setting up {candidates} candidates on {api}");
        var tokens = await SetUpAsync(http, candidates, cancellationToken);

        // Baseline: one candidate's autosaves with nothing else going on.
        var baseline = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            await SaveAsync(http, tokens[0], code + $"\n# idle {i}\n", cancellationToken);
            baseline.Add(watch.Elapsed.TotalMilliseconds);
        }

        var stats = new Stats();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(minutes));
        Console.Error.WriteLine($"bench-load: {candidates} candidates for {minutes} min: autosave every {AutosaveEvery.TotalSeconds:0} s, examples run every {runEvery.TotalSeconds:0} s");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select((token, i) => CandidateAsync(http, token, code, i, runEvery, stats, stop.Token)));
        var elapsed = clock.Elapsed;

        var report = Format(candidates, minutes, runEvery, elapsed, baseline, stats);
        Console.Write(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report, CancellationToken.None);
        Console.Error.WriteLine($"bench-load: saved {output}");
        return stats.Errors.IsEmpty ? 0 : 1;
    }

    /// <summary>A recruiter, an assessment and one started session per candidate; returns their tokens.</summary>
    internal static async Task<List<string>> SetUpAsync(HttpClient http, int candidates, CancellationToken cancellationToken)
    {
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        await Expect(http.PostAsJsonAsync("/api/recruiters/sign-up", new { organisation = "Load bench", name = "Bench", email, password = "bench password 1234" }, cancellationToken));
        var assessment = await Expect(http.PostAsJsonAsync("/api/assessments", new { title = "Load bench", tasks = Tasks, durationMinutes = 90 }, cancellationToken));
        var id = assessment["id"]!.GetValue<string>();
        var tokens = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            var invitation = await Expect(http.PostAsJsonAsync($"/api/assessments/{id}/invitations", new { candidateName = $"Candidate {i}", candidateEmail = $"c{i}@example.com" }, cancellationToken));
            var token = invitation["token"]!.GetValue<string>();
            await Expect(http.PostAsync($"/api/candidate/{token}/start", null, cancellationToken));
            tokens.Add(token);
        }

        return tokens;
    }

    private static async Task CandidateAsync(HttpClient http, string token, string code, int index, TimeSpan runEvery, Stats stats, CancellationToken stop)
    {
        var random = new Random(index);
        var nextRun = DateTime.UtcNow + runEvery * random.NextDouble();
        try
        {
            await Task.Delay(AutosaveEvery * random.NextDouble(), stop);
            for (var edit = 0; !stop.IsCancellationRequested; edit++)
            {
                var draft = code + $"\n# edit {edit}\n";
                var watch = Stopwatch.StartNew();
                var status = await SaveAsync(http, token, draft, CancellationToken.None);
                stats.Record(stats.Autosave, "autosave", status, watch.Elapsed.TotalMilliseconds);
                if (DateTime.UtcNow >= nextRun)
                {
                    nextRun += runEvery;
                    await RunExamplesAsync(http, token, draft, stats);
                }

                await Task.Delay(AutosaveEvery, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The bench's time is up.
        }
    }

    private static async Task<HttpStatusCode> SaveAsync(HttpClient http, string token, string code, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PutAsJsonAsync($"/api/candidate/{token}/tasks/{FirstTask}/draft", new { language = "python", code }, cancellationToken);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>Runs the examples and polls until every test is back (not cancelled by the bench's end: a run in flight is measured to its end).</summary>
    private static async Task RunExamplesAsync(HttpClient http, string token, string code, Stats stats)
    {
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync($"/api/candidate/{token}/tasks/{FirstTask}/runs", new { language = "python", code });
        }
        catch (HttpRequestException)
        {
            stats.Record(stats.RunAccepted, "run", 0, watch.Elapsed.TotalMilliseconds);
            return;
        }

        using (response)
        {
            stats.Record(stats.RunAccepted, "run", response.StatusCode, watch.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                return;
            }

            var poll = (await response.Content.ReadFromJsonAsync<JsonObject>())!["poll"]!.GetValue<string>();
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
            while (DateTime.UtcNow < deadline)
            {
                using var state = await http.GetAsync(poll);
                if (!state.IsSuccessStatusCode)
                {
                    stats.Record(null, "run poll", state.StatusCode, 0);
                    return;
                }

                var run = await state.Content.ReadFromJsonAsync<JsonObject>();
                if (run?["state"]?.GetValue<string>() == "Completed")
                {
                    stats.Record(stats.RunCompleted, "run completion", HttpStatusCode.OK, watch.Elapsed.TotalMilliseconds);
                    if (run["verdict"]?.GetValue<string>() != "OK")
                    {
                        stats.Errors.Add($"run verdict {run["verdict"]}: the reference should pass its examples");
                    }

                    return;
                }

                await Task.Delay(250);
            }

            stats.Errors.Add("run not completed within 10 minutes");
        }
    }

    internal static async Task<JsonObject> Expect(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }

    private static string Format(int candidates, int minutes, TimeSpan runEvery, TimeSpan elapsed, List<double> baseline, Stats stats)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"# bench-load {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, {candidates} candidates, {minutes} min ({elapsed.TotalSeconds:0} s), autosave every {AutosaveEvery.TotalSeconds:0} s, examples run every {runEvery.TotalSeconds:0} s");
        text.AppendLine(inv, $"{"what",-44} {"n",6} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"p95/base",9}");
        baseline.Sort();
        var basis = BenchCommand.Percentile(baseline, 95);
        void Row(string name, IEnumerable<double> samples)
        {
            var sorted = samples.Order().ToList();
            if (sorted.Count == 0)
            {
                text.AppendLine(inv, $"{name,-44} {0,6}");
                return;
            }

            text.AppendLine(inv, $"{name,-44} {sorted.Count,6} {BenchCommand.Percentile(sorted, 50),9:0.0} {BenchCommand.Percentile(sorted, 95),9:0.0} {BenchCommand.Percentile(sorted, 99),9:0.0} {sorted[^1],9:0.0} {BenchCommand.Percentile(sorted, 95) / basis,9:0.00}");
        }

        Row("baseline: autosave, idle system", baseline);
        Row("autosave under load", stats.Autosave);
        Row("run accepted (POST .../runs)", stats.RunAccepted);
        Row("run completed (POST → all examples back)", stats.RunCompleted);
        text.AppendLine(inv, $"throughput: {stats.Autosave.Count / elapsed.TotalSeconds:0.0} autosaves/s, {stats.RunCompleted.Count / elapsed.TotalMinutes:0.0} runs/min completed");
        text.AppendLine(inv, $"errors: {stats.Errors.Count}");
        foreach (var group in stats.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()))
        {
            text.AppendLine(inv, $"  {group.Count(),6} × {group.Key}");
        }

        return text.ToString();
    }

    private sealed class Stats
    {
        public ConcurrentBag<double> Autosave { get; } = [];

        public ConcurrentBag<double> RunAccepted { get; } = [];

        public ConcurrentBag<double> RunCompleted { get; } = [];

        public ConcurrentBag<string> Errors { get; } = [];

        /// <summary>A latency sample, or an error when the status is not 2xx (0: no answer at all).</summary>
        public void Record(ConcurrentBag<double>? samples, string what, HttpStatusCode status, double ms)
        {
            if ((int)status is >= 200 and < 300)
            {
                samples?.Add(ms);
            }
            else
            {
                Errors.Add(status == 0 ? $"{what}: no answer" : $"{what}: HTTP {(int)status}");
            }
        }
    }
}
