using Judge.Problems.Model;

namespace Judge.Worker.Bench;

/// <summary>One submission of a scale batch: a bank solution and the verdict its task declares for it.</summary>
public sealed record BatchItem(string ProblemId, string Language, string File, string Expect);

/// <summary>
/// The composition of a scale bench batch, from the solutions the bank ships: languages in turn,
/// and within a language correct and wrong solutions in turn (when it has wrong ones), each list
/// walked across tasks from an offset of its own so the languages do not all start on one task.
/// Deterministic, so every configuration judges the same mix.
/// </summary>
public static class ScaleBatch
{
    /// <summary>Verdicts left out unless asked for: a TIMEOUT holds a slot for its whole time limit, so a few would decide the figure.</summary>
    public static readonly IReadOnlySet<string> SlowVerdicts = new HashSet<string>(StringComparer.Ordinal) { "TIMEOUT", "MEMORY_LIMIT" };

    public static IReadOnlyList<BatchItem> Compose(IEnumerable<ProblemSpec> specs, int count, bool includeSlow = false)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var solutions = specs
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .SelectMany(s => s.Solutions.Select(d => new BatchItem(s.Id, d.Language, d.File, d.Expect)))
            .Where(i => includeSlow || !SlowVerdicts.Contains(i.Expect))
            .ToList();
        var languages = solutions.Select(i => i.Language).Distinct().Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0 && count > 0)
        {
            throw new InvalidOperationException("the bank has no solutions to compose a batch from");
        }

        var lanes = languages.Select((language, li) => new Lane(
            Rotate(solutions.Where(i => i.Language == language && i.Expect == "OK").ToList(), li * 3),
            Rotate(solutions.Where(i => i.Language == language && i.Expect != "OK").ToList(), li * 3))).ToList();
        var batch = new List<BatchItem>(count);
        for (var i = 0; i < count; i++)
        {
            batch.Add(lanes[i % lanes.Count].Next());
        }

        return batch;
    }

    private static List<BatchItem> Rotate(List<BatchItem> items, int by) =>
        items.Count == 0 ? items : [.. items.Skip(by % items.Count), .. items.Take(by % items.Count)];

    /// <summary>One language's correct and wrong solutions, taken alternately, each cycling.</summary>
    private sealed class Lane(List<BatchItem> correct, List<BatchItem> wrong)
    {
        private int _taken;
        private int _correct;
        private int _wrong;

        public BatchItem Next()
        {
            var takeWrong = wrong.Count > 0 && (correct.Count == 0 || _taken % 2 == 1);
            _taken++;
            return takeWrong ? wrong[_wrong++ % wrong.Count] : correct[_correct++ % correct.Count];
        }
    }
}
