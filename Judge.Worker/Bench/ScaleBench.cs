using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Hangfire;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker.Cli;
using Judge.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Judge.Worker.Bench;

/// <summary>
/// `bench-scale`: how judging and reading scale on this machine. (1) Evaluations per minute: a batch
/// of bank solutions stored and enqueued as the API does, judged by 1 and 2 worker processes
/// (children of the bench, on a database of its own) at concurrency 1 and the default (cores), from
/// enqueue to the last verdict; 1×1 is the baseline. (2) With --api, read throughput and latency
/// percentiles of the endpoints a candidate page polls, at several client counts, beside
/// /health/live (the baseline).
/// </summary>
public static class ScaleBench
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var skipEvaluations = args.Flag("--skip-evals");
        var submissions = args.PositiveInt("--submissions", 40);
        var includeSlow = args.Flag("--include-timeouts");
        var timeout = TimeSpan.FromMinutes(args.PositiveInt("--batch-timeout-minutes", 30));
        var connection = args.Optional("--connection");
        var adminConnection = args.Optional("--admin-connection");
        var api = args.Optional("--api");
        var clients = (args.Optional("--clients") ?? "1,8,32").Split(',').Select(c =>
            int.TryParse(c, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : throw new CliException($"--clients: '{c}' is not a positive whole number")).ToList();
        var seconds = args.PositiveInt("--seconds", 10);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var output = args.Optional("--out") ?? Path.Combine("bench-results", $"bench-scale-{stamp}.txt");
        args.RejectUnknown();
        if (skipEvaluations && api is null)
        {
            throw new CliException("nothing to do: --skip-evals without --api");
        }

        // SIGTERM too (Ctrl-C is the caller's token): the finally blocks stop the workers and drop the database.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });

        try
        {
            var options = new Options(skipEvaluations, submissions, includeSlow, timeout, connection, adminConnection, api, clients, TimeSpan.FromSeconds(seconds), stamp, output);
            return await RunAsync(options, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The workers are stopped and the database dropped by now (the finally blocks ran).
            Console.Error.WriteLine("bench-scale: cancelled; nothing saved");
            return 130;
        }
    }

    private static async Task<int> RunAsync(Options o, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(inv, $"# bench-scale {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, {Environment.MachineName}; load average before: {LoadAverage()}");
        if (!o.SkipEvaluations)
        {
            var logs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(o.Output))!, $"bench-scale-{o.Stamp}-logs");
            await using var database = o.Connection is not null
                ? BenchDatabase.Given(o.Connection)
                : await BenchDatabase.CreateAsync(
                    o.AdminConnection ?? BenchDatabase.LocalAdminConnectionString(Directory.GetCurrentDirectory())
                        ?? throw new CliException("give --connection <Npgsql connection string> (a database no other worker serves) or --admin-connection <one allowed to CREATE DATABASE>; "
                            + "run from the repository root after deploy/up.sh to use its Postgres"),
                    cancellationToken);
            report.Append(await EvaluationsAsync(database, o.Submissions, o.IncludeSlow, o.BatchTimeout, logs, cancellationToken));
        }

        if (o.Api is not null)
        {
            report.Append(await ReadBench.RunAsync(new Uri(o.Api), o.Clients, o.ReadDuration, cancellationToken));
        }

        report.AppendLine(inv, $"load average after: {LoadAverage()}");
        Console.Out.Write(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o.Output))!);
        await File.WriteAllTextAsync(o.Output, report.ToString(), CancellationToken.None);
        Console.Error.WriteLine($"bench-scale: saved {o.Output}");
        return 0;
    }

    private static async Task<string> EvaluationsAsync(BenchDatabase database, int count, bool includeSlow, TimeSpan timeout, string logs, CancellationToken cancellationToken)
    {
        var configuration = WorkerHost.Configuration();
        var bank = ProblemBank.Load(configuration["Judging:BankDirectory"] ?? ProblemBank.DefaultDirectory);
        var batch = ScaleBatch.Compose(bank.All, count, includeSlow);
        var sources = new Dictionary<(string, string), string>();
        var warmMax = LanguageNames.Judged.Count * 2 * Environment.ProcessorCount;
        foreach (var item in batch.Concat(ScaleBatch.Compose(bank.All, warmMax)).DistinctBy(i => (i.ProblemId, i.File)))
        {
            sources[(item.ProblemId, item.File)] = await File.ReadAllTextAsync(Path.Combine(bank.Find(item.ProblemId)!.Directory, item.File), cancellationToken);
        }

        // The API's own wiring: EF Core and a Hangfire client on the bench's database.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJudgeDatabase(database.ConnectionString);
        services.AddHangfire(c => c.UseJudgeHangfireStorage(database.ConnectionString));
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateJudgeDatabaseAsync(cancellationToken);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
            foreach (var spec in bank.All)
            {
                await SubmissionIntake.RegisterProblemVersionAsync(db, spec.Id, spec.SpecHash, spec.Title, DateTimeOffset.UtcNow, cancellationToken);
            }
        }

        var specHashes = bank.All.ToDictionary(s => s.Id, s => s.SpecHash);
        var cores = Environment.ProcessorCount;
        var shapes = new List<(int Processes, int Concurrency)> { (1, 1), (2, 1), (1, cores), (2, cores) }.Distinct().ToList();
        var rows = new List<BatchResult>();
        var notes = new List<string>();
        Console.Error.WriteLine($"bench-scale: {count} submissions per batch ({string.Join(", ", batch.GroupBy(i => i.Language).Select(g => $"{g.Count()} {g.Key}"))}; "
            + $"{batch.Count(i => i.Expect != "OK")} expected not OK) on {database.Description}");
        foreach (var (processes, concurrency) in shapes)
        {
            var loadBefore = LoadAverage();
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Judge"] = database.ConnectionString,
                ["Worker__Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
                // Verdicts only: probes (queued after each fully correct verdict) stay queued, unserved, and go with the database.
                ["Worker__Queues"] = JudgeQueues.Submit,
            };
            Console.Error.WriteLine($"bench-scale: starting {processes} worker process(es) × concurrency {concurrency}");
            await using var workers = await ChildWorkers.StartAsync(processes, environment, logs, $"worker-{processes}x{concurrency}", cancellationToken);
            // Warm-up, not measured: every language once per slot (the first C# compile loads the compiler, the first Java run the JVM's files).
            var warm = ScaleBatch.Compose(bank.All, LanguageNames.Judged.Count * processes * concurrency);
            await RunBatchAsync(provider, warm, sources, specHashes, timeout, cancellationToken);
            var result = await RunBatchAsync(provider, batch, sources, specHashes, timeout, cancellationToken);
            rows.Add(result with { Processes = processes, Concurrency = concurrency, LoadBefore = loadBefore, LoadAfter = LoadAverage() });
            Console.Error.WriteLine($"bench-scale: {processes}×{concurrency}: {result.Summary.PerMinute:0.0} evaluations/min");
        }

        return FormatEvaluations(rows, count, batch, includeSlow, database.Description, logs);
    }

    /// <summary>Stores and enqueues <paramref name="batch"/> (fresh rows), waits for every verdict, then reads the figures and the checks from the database.</summary>
    private static async Task<BatchResult> RunBatchAsync(IServiceProvider provider, IReadOnlyList<BatchItem> batch, Dictionary<(string, string), string> sources, Dictionary<string, string> specHashes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var expected = new Dictionary<Guid, BatchItem>();
        var start = DateTimeOffset.UtcNow;
        var enqueue = Stopwatch.StartNew();
        foreach (var item in batch)
        {
            var submission = new Submission
            {
                Id = Guid.CreateVersion7(),
                ProblemId = item.ProblemId,
                SpecHash = specHashes[item.ProblemId],
                Language = item.Language,
                Code = sources[(item.ProblemId, item.File)],
                State = SubmissionState.Queued,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            await SubmissionIntake.AcceptAsync(db, jobs, submission, cancellationToken);
            db.ChangeTracker.Clear();
            expected[submission.Id] = item;
        }

        var enqueueTime = enqueue.Elapsed;
        var ids = expected.Keys.ToList();
        var deadline = DateTime.UtcNow + timeout;
        var completed = 0;
        while (DateTime.UtcNow < deadline)
        {
            completed = await db.Submissions.CountAsync(s => ids.Contains(s.Id) && s.State == SubmissionState.Completed, cancellationToken);
            if (completed == ids.Count)
            {
                break;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }

        var rows = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.State, s.Verdict, s.Attempts, s.CreatedAt, s.StartedAt, s.CompletedAt, s.CompileOutput, s.InternalError })
            .ToListAsync(cancellationToken);
        var done = rows.Where(r => r.CompletedAt is not null).ToList();
        var end = done.Count == 0 ? DateTimeOffset.UtcNow : done.Max(r => r.CompletedAt!.Value);
        var summary = LatencySummary.Of(done.Select(r => (r.CompletedAt!.Value - r.CreatedAt).TotalMilliseconds), end - start);
        var judging = LatencySummary.Of(done.Where(r => r.StartedAt is not null).Select(r => (r.CompletedAt!.Value - r.StartedAt!.Value).TotalMilliseconds), end - start);
        var mismatches = rows
            .Where(r => r.Verdict?.ToWire() != expected[r.Id].Expect)
            .Select(r => $"{expected[r.Id].ProblemId}/{expected[r.Id].File}: {r.Verdict?.ToWire() ?? r.State.ToString()} (declared {expected[r.Id].Expect}) {Excerpt(r.InternalError ?? r.CompileOutput)}")
            .ToList();
        var duplicates = await DuplicatesAsync(db, ids, cancellationToken);
        duplicates.AddRange(rows.Where(r => r.Attempts != 1).Select(r => $"submission {r.Id}: judged {r.Attempts} times (Attempts)"));
        return new BatchResult(0, 0, batch.Count, end - start, enqueueTime, summary, judging, done.Count, mismatches, duplicates, string.Empty, string.Empty);
    }

    /// <summary>
    /// "Exactly one result per submission", counted: its Hangfire judge jobs, each job's executions
    /// (Processing states), and result rows per group ordinal. Returns one line per excess found.
    /// </summary>
    private static async Task<List<string>> DuplicatesAsync(JudgeDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT s."Id",
                   (SELECT count(*) FROM hangfire.job j WHERE j.arguments::text LIKE '%' || s."Id"::text || '%'
                       AND j.invocationdata::text LIKE '%ISubmissionJudgeJob%') AS jobs,
                   (SELECT count(*) FROM hangfire.job j JOIN hangfire.state st ON st.jobid = j.id
                     WHERE j.id::text = s."JobId" AND st.name = 'Processing') AS executions,
                   (SELECT count(*) - count(DISTINCT g."Ordinal") FROM group_results g WHERE g."SubmissionId" = s."Id") AS extra_groups
            FROM submissions s WHERE s."Id" = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (id, jobCount, executions, extraGroups) = (reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            if (jobCount != 1 || executions != 1 || extraGroups != 0)
            {
                found.Add($"submission {id}: {jobCount} judge job(s), {executions} execution(s) of its job, {extraGroups} extra group result row(s)");
            }
        }

        return found;
    }

    private static string FormatEvaluations(List<BatchResult> rows, int count, IReadOnlyList<BatchItem> batch, bool includeSlow, string database, string logs)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(inv, $"## evaluations: {count} submissions per batch, measured from the first enqueue to the last verdict (CompletedAt); {database}");
        text.AppendLine(inv, $"batch: {string.Join(", ", batch.GroupBy(i => i.Language).Select(g => $"{g.Count()} {g.Key}"))}; {batch.Select(i => i.ProblemId).Distinct().Count()} tasks; "
            + $"{string.Join(", ", batch.GroupBy(i => i.Expect).Select(g => $"{g.Count()} declared {g.Key}"))}{(includeSlow ? string.Empty : " (TIMEOUT/MEMORY_LIMIT solutions left out)")}");
        text.AppendLine("each shape: fresh worker processes, warmed by one submission per language per slot (not measured); probes not served (Worker:Queues=submit), so figures end at the verdicts");
        text.AppendLine(inv, $"{"procs×conc",-10} {"slots",5} {"done",5} {"span s",8} {"eval/min",9} {"×1×1",6} {"q→v p50 s",10} {"q→v p95 s",10} {"judge p50 s",11} {"enqueue s",9} {"dups",5} {"≠decl",6}  load before → after");
        var basis = rows.Count > 0 ? rows[0].Summary.PerMinute : double.NaN;
        foreach (var r in rows)
        {
            text.AppendLine(inv, $"{$"{r.Processes}×{r.Concurrency}",-10} {r.Processes * r.Concurrency,5} {r.Completed,5} {r.Span.TotalSeconds,8:0.0} {r.Summary.PerMinute,9:0.0} {r.Summary.PerMinute / basis,6:0.00} "
                + $"{r.Summary.P50 / 1000,10:0.00} {r.Summary.P95 / 1000,10:0.00} {r.Judging.P50 / 1000,11:0.00} {r.Enqueue.TotalSeconds,9:0.00} {r.Duplicates.Count,5} {r.Mismatches.Count,6}  {r.LoadBefore} → {r.LoadAfter}");
        }

        foreach (var r in rows)
        {
            if (r.Completed != r.Count)
            {
                text.AppendLine(inv, $"{r.Processes}×{r.Concurrency}: only {r.Completed} of {r.Count} completed before the batch timeout");
            }

            foreach (var line in r.Duplicates)
            {
                text.AppendLine(inv, $"{r.Processes}×{r.Concurrency} duplicate: {line}");
            }

            foreach (var line in r.Mismatches)
            {
                text.AppendLine(inv, $"{r.Processes}×{r.Concurrency} verdict differs from the declared one: {line}");
            }
        }

        text.AppendLine(inv, $"worker logs: {logs}");
        return text.ToString();
    }

    /// <summary>The first line of a compiler message or internal error, short: why a verdict differs.</summary>
    private static string Excerpt(string? message) =>
        string.IsNullOrWhiteSpace(message) ? string.Empty : message.Trim().Split('\n')[0] is var line && line.Length > 160 ? line[..160] + "…" : line;

    /// <summary>The 1, 5 and 15 minute load averages (Linux), printed beside the figures: other work on the machine moves them.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Options(
        bool SkipEvaluations,
        int Submissions,
        bool IncludeSlow,
        TimeSpan BatchTimeout,
        string? Connection,
        string? AdminConnection,
        string? Api,
        IReadOnlyList<int> Clients,
        TimeSpan ReadDuration,
        string Stamp,
        string Output);

    private sealed record BatchResult(
        int Processes,
        int Concurrency,
        int Count,
        TimeSpan Span,
        TimeSpan Enqueue,
        LatencySummary Summary,
        LatencySummary Judging,
        int Completed,
        List<string> Mismatches,
        List<string> Duplicates,
        string LoadBefore,
        string LoadAfter);
}
