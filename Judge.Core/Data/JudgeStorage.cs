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

    public static IGlobalConfiguration UseJudgeHangfireStorage(this IGlobalConfiguration configuration, string connectionString) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = HangfireSchema,
                    PrepareSchemaIfNecessary = true,
                    // LISTEN/NOTIFY wakes a waiting worker as soon as a job is enqueued; polling stays the fallback.
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromMilliseconds(200),
                    // A job whose worker died becomes visible again after this long.
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                });

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
