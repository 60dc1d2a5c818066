using Judge.Core.Judging;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Worker.Health;

/// <summary>Ready only if the Docker daemon answers and every sandbox image exists (the judging preflight).</summary>
public sealed class SandboxHealthCheck(SandboxPreflight preflight) : IHealthCheck
{
    public const string Name = "sandbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var images = LanguageNames.JudgedImages;
        var data = new Dictionary<string, object> { ["images"] = images };
        var reason = await preflight.CheckAsync(images, cancellationToken);
        return reason is null
            ? HealthCheckResult.Healthy("the Docker daemon answers and the sandbox images exist", data)
            : HealthCheckResult.Unhealthy(reason, data: data);
    }
}
