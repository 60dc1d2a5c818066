namespace Judge.Problems.Scripts;

/// <summary>What a generator script sees: the requested size and a random source seeded for this case.</summary>
public sealed class GeneratorGlobals(int n, int seed)
{
    public int N { get; } = n;

    public int Seed { get; } = seed;

    /// <summary>Seeded System.Random: the same seed gives the same sequence on every run and host.</summary>
#pragma warning disable CA5394 // Test inputs, not security: determinism is the point.
    public Random Random { get; } = new(seed);
#pragma warning restore CA5394
}
