using Judge.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Judge.Tests.Sandbox;

/// <summary>The judging engine as <see cref="WorkerHost.BuildEngine"/> builds it, with the warm pool set explicitly.</summary>
public static class WarmPoolEngine
{
    public static ServiceProvider Build(int perSpec, int idleSeconds = Worker.Sandbox.WarmPoolOptions.DefaultIdleSeconds)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(WorkerHost.Configuration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:WarmPool:PerSpec"] = perSpec.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Sandbox:WarmPool:IdleSeconds"] = idleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddJudgingEngine(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
