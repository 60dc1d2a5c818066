using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Problems.Loading;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Startup;

/// <summary>Migrates the database and records the bank's spec versions before requests are served.</summary>
public sealed class ApiStartup(IServiceProvider services, ProblemBank bank, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.MigrateJudgeDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        foreach (var spec in bank.All)
        {
            await SubmissionIntake.RegisterProblemVersionAsync(db, spec.Id, spec.SpecHash, spec.Title, time.GetUtcNow(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
