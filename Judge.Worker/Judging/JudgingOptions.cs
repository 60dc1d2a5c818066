namespace Judge.Worker.Judging;

/// <summary>Where the worker keeps what it computes once per spec version.</summary>
public sealed class JudgingOptions
{
    public const string SectionName = "Judging";

    /// <summary>Generated inputs and the reference's outputs, one file per spec hash.</summary>
    /// <remarks>Whoever uses it creates it: the default must not touch the disk, or a read-only home kills a
    /// worker that configured another folder (seen with the production image's read-only root).</remarks>
    public string CacheDirectory { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "judge", "expected");

    /// <summary>Where the task bank lives; by default the copy beside the worker's binaries.</summary>
    public string BankDirectory { get; set; } = Problems.Loading.ProblemBank.DefaultDirectory;
}
