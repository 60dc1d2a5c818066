using Docker.DotNet;
using Judge.Problems.Loading;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Judge.Worker;

/// <summary>Registers the judging engine: Docker client, sandbox, toolchains, planner, judge.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddJudgingEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName)
            .Validate(o => o.PidsLimit > 0 && o.NanoCpus > 0 && o.TmpfsMb > 0 && o.StdoutCapBytes > 0 && o.StderrCapBytes > 0 && o.ReapIntervalSeconds > 0 && o.OrphanAgeMinutes > 0, "sandbox limits must be positive")
            .Validate(o => Version.TryParse(o.ApiVersion, out _), "Sandbox:ApiVersion must look like 1.41")
            .Validate(o => o.WarmPool.PerSpec is >= 0 and <= 16 && o.WarmPool.IdleSeconds > 0 && o.WarmPool.Concurrency > 0, "Sandbox:WarmPool: PerSpec 0..16, IdleSeconds and Concurrency positive")
            .ValidateOnStart();
        services.AddOptions<JudgingOptions>().BindConfiguration(JudgingOptions.SectionName).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SandboxOptions>>().Value.CreateDockerClient());
        services.AddSingleton(sp => ProblemBank.Load(sp.GetRequiredService<IOptions<JudgingOptions>>().Value.BankDirectory));
        services.AddSingleton<WarmContainerPool>();
        services.AddSingleton<DockerSandbox>();
        services.AddSingleton<HarnessRunner>();
        services.AddSingleton<CSharpToolchain>();
        services.AddSingleton<IToolchain>(sp => sp.GetRequiredService<CSharpToolchain>());
        services.AddSingleton<IToolchain, PythonToolchain>();
        services.AddSingleton<SandboxCompiler>();
        services.AddSingleton<IToolchain, JavaToolchain>();
        services.AddSingleton<IToolchain, CppToolchain>();
        services.AddSingleton<IToolchain, JavaScriptToolchain>();
        services.AddSingleton<Toolchains>();
        services.AddSingleton<TestPlanner>();
        services.AddSingleton<SubmissionJudge>();
        services.AddSingleton<RunJudge>();
        services.AddSingleton<Complexity.ReferenceSweepCache>();
        services.AddSingleton<Complexity.ProbeRunner>();
        services.AddSingleton<Complexity.ComplexityProbe>();
        services.AddSingleton<SandboxPreflight>();
        _ = configuration;
        return services;
    }
}
