using Hangfire;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Jobs;
using Judge.Core.Telemetry;
using Judge.Worker.Health;
using Judge.Worker.Jobs;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Judge.Worker;

/// <summary>Builds the worker's two shapes: the bare judging engine (CLI) and the Hangfire server (serve).</summary>
public static class WorkerHost
{
    /// <summary>Configuration from environment variables (Sandbox__ImageTag, or JUDGE_-prefixed), as in `serve`.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddEnvironmentVariables("JUDGE_")
        .Build();

    /// <summary>The engine alone: no database, no queue. Logs go to stderr so stdout stays the report.</summary>
    public static ServiceProvider BuildEngine()
    {
        var configuration = Configuration();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddJudgingEngine(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>How long a stopping worker waits for its cancelled jobs to hand their work back.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// `serve`: a Hangfire server on the run, submit and probe queues (in that priority), with the
    /// engine, the database and the sweeper. Any number of these may run on any number of hosts.
    /// </summary>
    public static IHost BuildServer(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("JUDGE_");
        // Per-statement EF logs and Hangfire's chatter drown the judging log; warnings still show.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning).AddFilter("Hangfire", LogLevel.Warning);
        builder.Logging.AddJudgeConsole(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString(JudgeStorage.ConnectionStringName)
            ?? throw new InvalidOperationException($"no connection string '{JudgeStorage.ConnectionStringName}' (set ConnectionStrings__{JudgeStorage.ConnectionStringName})");
        builder.Services.AddJudgingEngine(builder.Configuration);
        builder.Services.AddJudgeDatabase(connectionString);
        builder.Services.AddScoped<ISubmissionJudgeJob, SubmissionJudgeJob>();
        builder.Services.AddScoped<IComplexityProbeJob, ComplexityProbeJob>();
        builder.Services.AddScoped<QueuedSubmissionSweeper>();
        builder.Services.AddScoped<IRunJudgeJob, RunJudgeJob>();
        builder.Services.AddScoped<FinalSubmissions>();
        builder.Services.AddScoped<ISessionDeadlineJob, SessionDeadlineJob>();
        builder.Services.AddScoped<OverdueSessionSweeper>();
        var invisibility = TimeSpan.FromSeconds(builder.Configuration.GetValue("Worker:InvisibilitySeconds", JudgeStorage.DefaultInvisibilityTimeout.TotalSeconds));
        builder.Services.AddHangfire(c => c.UseJudgeHangfireStorage(connectionString, invisibility).UseJudgeTraceContext());
        // Scraped at /metrics of the health listener.
        builder.Services.AddJudgeTelemetry(builder.Configuration, "judge-worker", m => m.AddPrometheusExporter());
        builder.Services.AddHangfireServer(o =>
        {
            o.Queues = ServedQueues.Parse(builder.Configuration[ServedQueues.Key]);
            // Each job holds a one-CPU sandbox; more jobs than cores only adds noise to timings.
            o.WorkerCount = builder.Configuration.GetValue("Worker:Concurrency", Environment.ProcessorCount);
            o.ServerName = DockerSandbox.Owner;
            // On SIGTERM running jobs are cancelled: each kills and removes its container and goes back
            // to its queue for another worker. This bounds how long that may take.
            o.ShutdownTimeout = ShutdownTimeout;
            // Deadline jobs are scheduled jobs: Hangfire's default 15 s polling would let a closed
            // session's drafts wait that long; 2 s costs one cheap query per worker.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Worker:SchedulePollingSeconds", 2));
        });
        // The host waits for Hangfire's shutdown, plus a margin to remove the health listener and containers.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout + TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<WorkerStartup>();
        builder.Services.AddHostedService<OrphanContainerReaper>();
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>(PostgresHealthCheck.Name, tags: [HealthBody.ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<SandboxHealthCheck>(SandboxHealthCheck.Name, tags: [HealthBody.ReadyTag], timeout: TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<WorkerHealthListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkerHealthListener>());
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}

/// <summary>Migrates the database, warms the C# compiler and schedules the sweeper when a server starts.</summary>
internal sealed class WorkerStartup(IServiceProvider services, IRecurringJobManager recurring, ILogger<WorkerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.MigrateJudgeDatabaseAsync(cancellationToken);
        recurring.AddOrUpdate<QueuedSubmissionSweeper>(QueuedSubmissionSweeper.JobId, JudgeQueues.Submit, s => s.SweepAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<OverdueSessionSweeper>(OverdueSessionSweeper.JobId, JudgeQueues.Submit, s => s.SweepAsync(CancellationToken.None), Cron.Minutely());
        // In the background: the first compile loads ~170 reference assemblies (~3 s); later ones take ~10 ms.
        _ = Task.Run(async () =>
        {
            try
            {
                await CSharpToolchain.WarmUpAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "C# compiler warm-up failed; the first C# submission will pay for it");
            }
        }, CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
