using System.Text.Json;
using Judge.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Submissions;

/// <summary>Turns a stored <see cref="ComplexityResult"/> into what the API shows: the fields, a sentence for people, the plot's address.</summary>
public static class ComplexityViews
{
    public static string PlotUrl(Guid submissionId) => $"/api/submissions/{submissionId}/complexity.svg";

    /// <summary>The submission's complexity, or null while the probe has not stored one.</summary>
    public static async Task<ComplexityView?> FindAsync(JudgeDbContext db, Guid submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = await db.ComplexityResults.AsNoTracking().SingleOrDefaultAsync(c => c.SubmissionId == submissionId, cancellationToken);
        return result is null ? null : From(result);
    }

    public static ComplexityView From(ComplexityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ComplexityView(
            result.State.ToString(),
            result.Expected,
            result.Detected,
            result.Confident,
            result.Alternatives,
            Summary(result.State, result.Expected, result.Detected, result.Confident, result.Alternatives, result.Message),
            ReadPoints(result.PointsJson),
            ReadPoints(result.ReferencePointsJson),
            result.Reference,
            result.Message,
            PlotUrl(result.SubmissionId))
        {
            Reason = result.Reason,
        };
    }

    /// <summary>
    /// One sentence: "O(n^2) detected; the task expects O(n).", "O(n log n), as the task expects.",
    /// "Probably O(n^2) (not confident); the task expects O(n).", "Undetermined: O(n) or O(n log n)
    /// (the measurements cannot tell them apart)." A failed probe says so first.
    /// </summary>
    public static string Summary(ComplexityState state, string expected, string? detected, bool confident, IReadOnlyList<string> alternatives, string? message)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        var failed = state == ComplexityState.Failed
            ? $"Measurement stopped early: {(string.IsNullOrWhiteSpace(message) ? "the program failed on a probe input" : message.TrimEnd('.'))}. "
            : string.Empty;
        string verdict;
        if (detected is null)
        {
            verdict = alternatives.Count switch
            {
                0 => "Undetermined (the measurements fit no class).",
                1 => $"Undetermined: perhaps {alternatives[0]} (the measurements are not conclusive).",
                _ => $"Undetermined: {string.Join(", ", alternatives.Take(alternatives.Count - 1))} or {alternatives[^1]} (the measurements cannot tell them apart).",
            };
        }
        else
        {
            var claim = confident ? detected : $"Probably {detected} (not confident)";
            verdict = string.Equals(detected, expected, StringComparison.Ordinal)
                ? $"{claim}, as the task expects."
                : confident ? $"{claim} detected; the task expects {expected}." : $"{claim}; the task expects {expected}.";
        }

        return failed + verdict;
    }

    /// <summary>Reads the stored points ([{"n":..,"cpuMs":..}]), ascending by size.</summary>
    public static IReadOnlyList<ComplexityPoint> ReadPoints(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? []
            : [.. (JsonSerializer.Deserialize<List<ComplexityPoint>>(json, JsonOptions) ?? []).OrderBy(p => p.N)];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
