namespace Judge.Api.Queues;

/// <summary>Back-pressure on the run queue (Queues:*).</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queues";

    /// <summary>
    /// At most this many runs wait in the queue; a run asked for at this depth is refused with 429.
    /// 200 runs of ~3 s on a few worker slots is a wait of minutes: past that a candidate is better
    /// told to try again than left watching a spinner.
    /// </summary>
    public const int DefaultRunQueueBound = 200;

    /// <summary>A run's service time (pick from the pool, compile, examples) assumed until runs have completed.</summary>
    public const double DefaultRunSeconds = 3;

    /// <summary>How many of the latest completed runs the service-time average reads.</summary>
    public const int DefaultServiceTimeSamples = 50;

    public int RunQueueBound { get; set; } = DefaultRunQueueBound;

    public double DefaultRunSecondsEstimate { get; set; } = DefaultRunSeconds;

    public int ServiceTimeSamples { get; set; } = DefaultServiceTimeSamples;
}

/// <summary>Registers the run queue's bound.</summary>
public static class QueueServices
{
    public static IServiceCollection AddRunQueueGate(this IServiceCollection services)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.SectionName)
            .Validate(o => o.RunQueueBound >= 1, "Queues:RunQueueBound must be at least 1")
            .Validate(o => o.DefaultRunSecondsEstimate > 0, "Queues:DefaultRunSecondsEstimate must be positive")
            .Validate(o => o.ServiceTimeSamples >= 1, "Queues:ServiceTimeSamples must be at least 1")
            .ValidateOnStart();
        services.AddSingleton<RunQueueGate>();
        return services;
    }
}
