using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Applies pending migrations. EF Core takes a database lock, so Api and Worker may both call it.</summary>
    public static async Task MigrateJudgeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
public sealed class JudgeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<JudgeDbContext>
{
    public JudgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JudgeDbContext>().UseNpgsql("Host=localhost;Database=judge_design").Options);
}
