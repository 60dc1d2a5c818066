using Judge.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Judge.Tests.Integration;

/// <summary>An API and workers starting at once on a fresh database all migrate it without error.</summary>
[TestFixture]
public sealed class MigrationTests
{
    [Test]
    public async Task Migrate_FromFourProcessesAtOnce_OnAFreshDatabase_Succeeds()
    {
        var database = $"fresh_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(IntegrationEnvironment.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(IntegrationEnvironment.ConnectionString) { Database = database }.ConnectionString;
        var hosts = Enumerable.Range(0, 4).Select(_ => new ServiceCollection().AddJudgeDatabase(connectionString).BuildServiceProvider()).ToList();
        try
        {
            // Each service provider stands for one process starting up.
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.MigrateJudgeDatabaseAsync())));

            await using var scope = hosts[0].CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EquivalentTo(db.Database.GetMigrations()));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
