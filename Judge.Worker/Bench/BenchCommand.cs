using Judge.Worker.Cli;

namespace Judge.Worker.Bench;

/// <summary>Placeholder replaced below.</summary>
public static class BenchCommand
{
    public static Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken) => Task.FromResult(2);
}
