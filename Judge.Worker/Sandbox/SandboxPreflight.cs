using Docker.DotNet;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>Checks, before judging, that the Docker daemon answers and the sandbox images exist.</summary>
public sealed class SandboxPreflight(IDockerClient docker, IOptions<SandboxOptions> options)
{
    /// <summary>Returns null when ready, otherwise a one-line reason and how to fix it.</summary>
    public async Task<string?> CheckAsync(IEnumerable<string> imageNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imageNames);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await docker.System.PingAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or DockerApiException or OperationCanceledException or IOException or System.Net.Sockets.SocketException)
        {
            return $"no Docker daemon at {options.Value.DockerEndpoint} ({e.GetType().Name}: {e.Message}); start one with `dockerd &` or run deploy/up.sh";
        }

        foreach (var name in imageNames)
        {
            var image = $"judge-sandbox-{name}:{options.Value.ImageTag}";
            try
            {
                await docker.Images.InspectImageAsync(image, cancellationToken);
            }
            catch (DockerImageNotFoundException)
            {
                return $"sandbox image {image} is missing; build it with deploy/images/build.sh {name}";
            }
        }

        return null;
    }
}
