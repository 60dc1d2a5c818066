using Judge.Problems.Model;

namespace Judge.Problems.Loading;

/// <summary>Every task of the bank folder, loaded once and looked up by id.</summary>
public sealed class ProblemBank
{
    private readonly Dictionary<string, ProblemSpec> _problems;

    private ProblemBank(Dictionary<string, ProblemSpec> problems) => _problems = problems;

    /// <summary>The bank shipped beside the running assembly (copied there by the build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "bank");

    public IEnumerable<ProblemSpec> All => _problems.Values.OrderBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>Loads every sub-folder that holds a problem.yaml; the first bad spec stops the load with its location.</summary>
    public static ProblemBank Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"problem bank folder '{directory}' does not exist");
        }

        var problems = Directory.EnumerateDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, ProblemSpecLoader.SpecFileName)))
            .Select(ProblemSpecLoader.Load)
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new ProblemBank(problems);
    }

    public ProblemSpec? Find(string id) => _problems.GetValueOrDefault(id);
}
