using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Judge.Core.Data;

/// <summary>Wiring of the one Postgres database that Api and Worker share (EF Core model and Hangfire storage).</summary>
public static class JudgeStorage
{
    /// <summary>The configuration key of the connection string, in both hosts.</summary>
    public const string ConnectionStringName = "Judge";

    /// <summary>Hangfire keeps its tables apart from ours.</summary>
    public const string HangfireSchema = "hangfire";

    public static IServiceCollection AddJudgeDatabase(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<JudgeDbContext>(o => o.UseNpgsql(connectionString));

    /// <summary>How long a fetched job stays invisible to other workers without a keep-alive (see below).</summary>
    public static readonly TimeSpan DefaultInvisibilityTimeout = TimeSpan.FromMinutes(1);

    public static IGlobalConfiguration UseJudgeHangfireStorage(this IGlobalConfiguration configuration, string connectionString, TimeSpan? invisibilityTimeout = null) =>
        configuration
            .UseJudgeJobSerialization()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), HangfireStorageOptions(invisibilityTimeout));

    /// <summary>How jobs are written to storage; every process that enqueues or runs jobs must agree.</summary>
    public static IGlobalConfiguration UseJudgeJobSerialization(this IGlobalConfiguration configuration) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();

    public static PostgreSqlStorageOptions HangfireStorageOptions(TimeSpan? invisibilityTimeout = null) => new()
    {
        SchemaName = HangfireSchema,
        PrepareSchemaIfNecessary = true,
        // LISTEN/NOTIFY wakes a waiting worker as soon as a job is enqueued; polling stays the fallback.
        EnableLongPolling = true,
        QueuePollInterval = TimeSpan.FromMilliseconds(200),
        // A live worker refreshes its fetched jobs every second (sliding), so a job of any length
        // stays its own; one whose worker died (kill -9, lost host) is fetched again after this long.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = invisibilityTimeout ?? DefaultInvisibilityTimeout,
        // Hangfire's locks are held for milliseconds, but one taken just before Postgres went away is
        // never released; the default (10 min) stalled that job's next state change for as long.
        DistributedLockTimeout = TimeSpan.FromMinutes(1),
    };

    /// <summary>The key of the Postgres advisory lock that serialises migrations across processes ("judgemig").</summary>
    public const long MigrationLockKey = 0x6A_75_64_67_65_6D_69_67;

    /// <summary>
    /// Applies pending migrations under a Postgres advisory lock, so an API and workers starting at
    /// once on a fresh database migrate one after another (EF Core's own migration lock did not
    /// stop two processes both creating the first tables: seen with deploy/up.sh on a new machine).
    /// </summary>
    public static async Task MigrateJudgeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        // A connection of its own, unpooled: the lock belongs to its session and ends with it, also if this process dies.
        var lockConnectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
        await using var lockConnection = new NpgsqlConnection(lockConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
public sealed class JudgeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<JudgeDbContext>
{
    public JudgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JudgeDbContext>().UseNpgsql("Host=localhost;Database=judge_design").Options);
}
