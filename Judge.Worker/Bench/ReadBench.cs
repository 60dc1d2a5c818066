using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Judge.Worker.Bench;

/// <summary>
/// The read half of bench-scale: K concurrent clients (one HttpClient, SocketsHttpHandler, up to K
/// connections) for T seconds on each read endpoint a candidate page polls, and on the problem
/// list, beside /health/live (the baseline: the same server and client with no work behind it).
/// A session, a run and a submission to read are made through the API first, as bench-load does.
/// </summary>
internal static class ReadBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static async Task<string> RunAsync(Uri api, IReadOnlyList<int> clientCounts, TimeSpan duration, CancellationToken cancellationToken)
    {
        var setup = await SetUpAsync(api, cancellationToken);
        var endpoints = new List<(string Name, string Path)>
        {
            ("GET /health/live (baseline)", "/health/live"),
            ("GET /api/problems", "/api/problems"),
            ("GET /api/candidate/{token}", $"/api/candidate/{setup.Token}"),
            ("GET /api/candidate/{token}/runs/{id}", setup.RunPath),
            ("GET /api/submissions/{id}", setup.SubmissionPath),
        };

        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(inv, $"## reads on {api}: {duration.TotalSeconds:0} s per endpoint and client count, after {WarmUp.TotalSeconds:0} s of warm-up; the clients run on the same cores as the API");
        text.AppendLine(inv, $"the run read is {setup.RunState}, the submission read {setup.SubmissionState} (its body carries every group and test)");
        text.AppendLine(inv, $"{"endpoint",-40} {"clients",7} {"n",8} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"p99/base",9} {"errors",7}");
        foreach (var clients in clientCounts)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
            double? baseP99 = null;
            foreach (var (name, path) in endpoints)
            {
                await HammerAsync(http, path, clients, WarmUp, cancellationToken);
                var (summary, errors) = await HammerAsync(http, path, clients, duration, cancellationToken);
                baseP99 ??= summary.P99;
                text.AppendLine(inv, $"{name,-40} {clients,7} {summary.Count,8} {summary.PerSecond,9:0.0} {summary.P50,8:0.00} {summary.P95,8:0.00} {summary.P99,8:0.00} {summary.Max,8:0.0} {summary.P99 / baseP99,9:0.00} {errors.Values.Sum(),7}");
                foreach (var (status, n) in errors)
                {
                    text.AppendLine(inv, $"    {n} × {status}");
                }

                Console.Error.WriteLine($"bench-scale: {name} × {clients}: {summary.PerSecond:0} req/s, p99 {summary.P99:0.0} ms");
            }
        }

        text.AppendLine("rate limits: reads (GET) are not limited; only autosave, run and submit are (per token and per address) and sign-up/sign-in (per address), "
            + "which this part calls once each. Nothing to raise for it (bench-load needs RateLimits__Autosave__PerClient__* raised).");
        return text.ToString();
    }

    /// <summary>Every client sends the next GET when the last one's body is read; latency covers the whole body.</summary>
    private static async Task<(LatencySummary Summary, Dictionary<string, int> Errors)> HammerAsync(HttpClient http, string path, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var samples = new List<double>();
            var errors = new Dictionary<string, int>();
            var buffer = new byte[64 * 1024];
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    // A request started before the end is measured to its end, not cut off.
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    while (await body.ReadAsync(buffer, cancellationToken) > 0)
                    {
                    }

                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                    else
                    {
                        Count(errors, $"HTTP {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException e)
                {
                    Count(errors, e.HttpRequestError.ToString());
                }
            }

            return (samples, errors);
        }));
        var elapsed = clock.Elapsed;
        var merged = new Dictionary<string, int>();
        foreach (var (key, n) in results.SelectMany(r => r.errors))
        {
            merged[key] = merged.GetValueOrDefault(key) + n;
        }

        return (LatencySummary.Of(results.SelectMany(r => r.samples), elapsed), merged);
    }

    private static void Count(Dictionary<string, int> errors, string key) => errors[key] = errors.GetValueOrDefault(key) + 1;

    private sealed record Setup(string Token, string RunPath, string RunState, string SubmissionPath, string SubmissionState);

    /// <summary>One candidate session (bench-load's set-up), one run of its first task and one submission, waited for (up to 3 minutes).</summary>
    private static async Task<Setup> SetUpAsync(Uri api, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
        var token = (await LoadBench.SetUpAsync(http, 1, cancellationToken))[0];
        var code = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "bank", "max-subarray", "solutions", "reference.py"), cancellationToken);
        var run = await LoadBench.Expect(http.PostAsJsonAsync($"/api/candidate/{token}/tasks/{LoadBench.FirstTask}/runs", new { language = "python", code }, cancellationToken));
        var runPath = run["poll"]!.GetValue<string>();
        using var submitted = await http.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language = "python", code }, cancellationToken);
        submitted.EnsureSuccessStatusCode();
        var submissionPath = submitted.Headers.Location?.OriginalString ?? throw new InvalidOperationException("POST /api/submissions answered without a Location");
        // Until the submission's complexity probe is done too: the stack's worker probing during the reads would take their CPU.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        string runState, submissionState;
        while (true)
        {
            runState = (await ReadAsync(http, runPath, cancellationToken))?["state"]?.GetValue<string>() ?? "unknown";
            var submission = await ReadAsync(http, submissionPath, cancellationToken);
            submissionState = $"{submission?["state"]?.GetValue<string>() ?? "unknown"}, {(submission?["complexity"] is null ? "not probed" : "probed")}";
            if ((runState == "Completed" && submissionState == "Completed, probed") || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(500, cancellationToken);
        }

        return new Setup(token, runPath, runState, submissionPath, submissionState);
    }

    private static Task<JsonObject?> ReadAsync(HttpClient http, string path, CancellationToken cancellationToken) =>
        http.GetFromJsonAsync<JsonObject>(path, cancellationToken);
}
