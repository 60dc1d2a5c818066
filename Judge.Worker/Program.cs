using Judge.Worker.Bench;
using Judge.Worker.Cli;
using Microsoft.Extensions.Hosting;

namespace Judge.Worker;

/// <summary>Judge.Worker: `serve` hosts the Hangfire server; `judge` and `bench` run the engine alone.</summary>
internal static class Program
{
    private const string Usage = """
        usage:
          Judge.Worker judge --problem <id> --lang <csharp|python|java|cpp|javascript> --file <path> [--json]
          Judge.Worker verify [--problem <id>] [--parallel N] [--complexity]
          Judge.Worker serve
          Judge.Worker bench [--runs N] [--out <file>]   (needs ConnectionStrings__Judge for the end-to-end part)
          Judge.Worker bench-start [--runs N] [--per-spec N] [--out <file>]   (sandbox start latency, warm pool off vs on)
          Judge.Worker bench-load --api <url> [--candidates N] [--minutes N] [--run-every S] [--out <file>]   (against a running API and worker)
          Judge.Worker bench-scale [--submissions N] [--connection <cs> | --admin-connection <cs>] [--api <url> [--clients 1,8,32] [--seconds N]] [--skip-evals] [--include-timeouts] [--out <file>]
          Judge.Worker bench-complexity [--corpus <dir> [--corpus-only]] [--problem <id>] [--lang <language>] [--out <file>] [--json]
        """;

    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            var rest = new CliArgs(args[1..]);
            switch (args[0])
            {
                case "judge":
                    return await JudgeCommand.RunAsync(rest, cancel.Token);
                case "verify":
                    return await VerifyCommand.RunAsync(rest, cancel.Token);
                case "serve":
                    await WorkerHost.BuildServer(args[1..]).RunAsync(cancel.Token);
                    return 0;
                case "bench":
                    return await BenchCommand.RunAsync(rest, cancel.Token);
                case "bench-start":
                    return await StartBench.RunAsync(rest, cancel.Token);
                case "bench-load":
                    return await LoadBench.RunAsync(rest, cancel.Token);
                case "bench-scale":
                    return await ScaleBench.RunAsync(rest, cancel.Token);
                case "bench-complexity":
                    return await ComplexityBench.RunAsync(rest, cancel.Token);
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (CliException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Judging did not complete: the contract is exit 2 and one line saying why (details after it).
            Console.Error.WriteLine($"cannot judge: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(e);
            return 2;
        }
    }
}
