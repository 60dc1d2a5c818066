using Docker.DotNet.Models;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Judge.Tests.Faults;

/// <summary>A solution of the bank and the verdict its spec declares for it.</summary>
public sealed record BankSolution(string ProblemId, string Language, string File, Verdict Expected);

/// <summary>
/// A database of one fault test on the fault tests' Postgres: submissions are stored and enqueued
/// as the API does (row first, then the Hangfire job), and the checks read what the workers wrote.
/// </summary>
public sealed class FaultDatabase : IAsyncDisposable
{
    /// <summary>Quick to judge, one right and one wrong, so a wrong verdict after a fault shows.</summary>
    public static readonly BankSolution[] Mix =
    [
        new("max-subarray", "python", "reference.py", Verdict.Ok),
        new("max-subarray", "python", "ignores-all-negative.py", Verdict.WrongAnswer),
    ];

    private static readonly Lazy<ProblemBank> Bank = new(() => ProblemBank.Load(ProblemBank.DefaultDirectory));

    private readonly ServiceProvider _services;
    private readonly Dictionary<Guid, BankSolution> _submitted = [];

    private FaultDatabase(string connectionString, ServiceProvider services, JobStorage storage)
    {
        ConnectionString = connectionString;
        _services = services;
        Storage = storage;
    }

    public string ConnectionString { get; }

    public JobStorage Storage { get; }

    public IReadOnlyDictionary<Guid, BankSolution> Submitted => _submitted;

    public static async Task<FaultDatabase> CreateAsync()
    {
        var name = $"faults_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(FaultEnvironment.Postgres.GetConnectionString()) { Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(FaultEnvironment.Postgres.GetConnectionString()) { Database = name }.ConnectionString;
        var services = new ServiceCollection().AddJudgeDatabase(connectionString).BuildServiceProvider();
        await services.MigrateJudgeDatabaseAsync();
        var options = JudgeStorage.HangfireStorageOptions();
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        return new FaultDatabase(connectionString, services, storage);
    }

    /// <summary>Stores and enqueues <paramref name="count"/> submissions, cycling through <paramref name="mix"/> (default <see cref="Mix"/>).</summary>
    public async Task SubmitAsync(int count, IReadOnlyList<BankSolution>? mix = null)
    {
        mix ??= Mix;
        var jobs = new BackgroundJobClient(Storage);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        foreach (var spec in mix.Select(m => m.ProblemId).Distinct().Select(id => Bank.Value.Find(id) ?? throw new InvalidOperationException($"no task {id} in the bank")))
        {
            await SubmissionIntake.RegisterProblemVersionAsync(db, spec.Id, spec.SpecHash, spec.Title, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        for (var i = 0; i < count; i++)
        {
            var solution = mix[(_submitted.Count + i) % mix.Count];
            var spec = Bank.Value.Find(solution.ProblemId)!;
            var submission = new Submission
            {
                Id = Guid.CreateVersion7(),
                ProblemId = spec.Id,
                SpecHash = spec.SpecHash,
                Language = solution.Language,
                Code = await File.ReadAllTextAsync(Path.Combine(ProblemBank.DefaultDirectory, solution.ProblemId, "solutions", solution.File)),
                State = SubmissionState.Queued,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            await SubmissionIntake.AcceptAsync(db, jobs, submission, CancellationToken.None);
            _submitted[submission.Id] = solution;
        }
    }

    /// <summary>How many of this test's submissions are Completed (null while the database is unreachable).</summary>
    public async Task<int?> CompletedAsync()
    {
        try
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
            return await db.Submissions.CountAsync(s => s.State == SubmissionState.Completed);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Waits until every submission is Completed; fails with the states seen and the logs to read.</summary>
    public async Task WaitForAllCompletedAsync(TimeSpan timeout, params WorkerProcess[] workers)
    {
        var deadline = DateTime.UtcNow + timeout;
        int? completed;
        while ((completed = await CompletedAsync()) != _submitted.Count)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{completed?.ToString() ?? "?"} of {_submitted.Count} submissions completed within {timeout}; worker logs: {string.Join(", ", workers.Select(w => w.LogPath))}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>
    /// Every submission has exactly one result: Completed, the verdict its spec declares (a fault is
    /// never blamed on the candidate, nor turned into INTERNAL_ERROR), and each group and test once.
    /// </summary>
    public async Task AssertExactlyOneResultEachAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var rows = await db.Submissions.AsNoTracking().Include(s => s.Groups).ThenInclude(g => g.Tests).ToListAsync();
        Assert.That(rows.Select(r => r.Id), Is.EquivalentTo(_submitted.Keys), "the submissions stored are the ones submitted");
        // The same program judged on the same tests: every copy has the same number of test results.
        var testCount = rows.GroupBy(r => _submitted[r.Id].File).ToDictionary(g => g.Key, g => g.Min(r => r.Groups.Sum(x => x.Tests.Count)));
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var expected = _submitted[row.Id];
                Assert.That(row.State, Is.EqualTo(SubmissionState.Completed), $"{row.Id} ({expected.File})");
                Assert.That(row.Verdict, Is.EqualTo(expected.Expected), $"{row.Id} ({expected.File}): {row.InternalError}");
                Assert.That(row.Groups.Select(g => g.Ordinal), Is.Unique, $"{row.Id}: a group result was written twice");
                Assert.That(row.Groups.Sum(g => g.Tests.Count), Is.EqualTo(testCount[expected.File]).And.GreaterThan(0), $"{row.Id} ({expected.File}): test results");
                Assert.That(row.Groups.SelectMany(g => g.Tests.Select(t => (g.Ordinal, t.Ordinal))), Is.Unique, $"{row.Id}: a test result was written twice");
            }
        });
    }

    /// <summary>The attempts recorded per submission (the judging checkpoints that ran).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> AttemptsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        return await db.Submissions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Attempts);
    }

    /// <summary>Sandbox containers (any state) on <paramref name="docker"/> owned by any of <paramref name="workers"/>.</summary>
    public static async Task<IList<ContainerListResponse>> ContainersOfAsync(IEnumerable<WorkerProcess> workers, Docker.DotNet.IDockerClient? docker = null)
    {
        using var own = docker is null ? TestEnvironment.Docker() : null;
        var client = docker ?? own!;
        var all = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [DockerSandbox.Label] = true } },
        });
        return [.. all.Where(c => workers.FirstOrDefault(w => c.Labels.TryGetValue(DockerSandbox.OwnerLabel, out var owner) && owner.StartsWith(w.OwnerPrefix, StringComparison.Ordinal)) is { } worker
            // A live worker's warm pool holds created, never-started containers on purpose; a dead worker's are orphans.
            && !(c.Labels.ContainsKey(WarmContainerPool.PoolLabel) && c.State == "created" && !worker.HasExited))];
    }

    /// <summary>Waits until one of <paramref name="worker"/>'s sandbox containers runs: it is in the middle of an evaluation.</summary>
    public static async Task WaitForRunningContainerAsync(WorkerProcess worker, TimeSpan timeout, Docker.DotNet.IDockerClient? docker = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!(await ContainersOfAsync([worker], docker)).Any(c => c.State == "running"))
        {
            if (worker.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"worker {worker.Pid} ran no sandbox container within {timeout} (log: {worker.LogPath})");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until no sandbox container of <paramref name="workers"/> is left (the reaper removes a dead worker's).</summary>
    public static async Task AssertNoContainersLeftAsync(IReadOnlyCollection<WorkerProcess> workers, TimeSpan timeout, Docker.DotNet.IDockerClient? docker = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        IList<ContainerListResponse> left;
        while ((left = await ContainersOfAsync(workers, docker)).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{left.Count} sandbox containers left {timeout} after the work ended: " +
                    string.Join(", ", left.Select(c => $"{c.ID[..12]} {c.State} owner {c.Labels[DockerSandbox.OwnerLabel]}")));
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Waits until a worker has registered with Hangfire (it is fetching jobs).</summary>
    public async Task WaitUntilServingAsync(WorkerProcess worker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Storage.GetMonitoringApi().Servers().Any(s => s.Name.StartsWith(worker.OwnerPrefix, StringComparison.Ordinal)))
        {
            if (worker.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"worker {worker.Pid} did not start serving within {timeout} (log: {worker.LogPath})");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
    }
}
