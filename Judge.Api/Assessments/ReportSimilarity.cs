using Judge.Core.Data;
using Judge.Core.Integrity;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Assessments;

/// <summary>
/// The similarity part of a report: one final submission against the final submissions of the same
/// task, in the same language, by every other candidate of the organisation (all its assessments).
/// </summary>
/// <remarks>
/// <para>
/// Computed on read, not stored. The set it compares against changes whenever anyone in the
/// organisation submits the task, so stored results would need a job per submission that rewrites
/// the results of every earlier one, and would go stale when the bank's skeleton or the options
/// change; on read, a new submission simply shows up. Reading is cheap: a few hundred submissions
/// per task at most, each compared in about 0.2–0.4 ms once fingerprinted, and the fingerprints
/// (half the cost) are kept in <see cref="SubmissionFingerprints"/> since a submission's code never
/// changes. Measured in <c>ReportSimilarityTests</c>: the whole report of a task with 300 other
/// submissions answers in 150–290 ms cold and 70–100 ms warm on the project's 2-core machines.
/// </para>
/// <para>
/// Only the same language: the tokens of two languages differ even for a line-by-line translation,
/// so the library cannot compare across languages, and a translated copy goes unnoticed.
/// </para>
/// </remarks>
public static class ReportSimilarity
{
    /// <summary>
    /// Besides every flagged submission, the report lists this many of the closest unflagged ones
    /// (score above zero), so a recruiter sees how near the nearest came and can judge a borderline case.
    /// </summary>
    public const int UnflaggedShown = 3;

    /// <summary>What <see cref="FindAsync"/> answers: the submissions listed and how many were compared.</summary>
    public sealed record Result(IReadOnlyList<SimilarityMatch> Matches, int Compared);

    public static async Task<Result> FindAsync(
        JudgeDbContext db,
        SubmissionFingerprints fingerprints,
        ProblemBank bank,
        Guid organisationId,
        Guid sessionId,
        string candidateEmail,
        Submission submission,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(fingerprints);
        var problemId = submission.ProblemId;
        var language = submission.Language;
        // Organisation first: nothing of another organisation is ever read, so none can be shown.
        var others = await (
            from assessment in db.Assessments
            where assessment.OrganisationId == organisationId
            join invitation in db.Invitations on assessment.Id equals invitation.AssessmentId
            join session in db.CandidateSessions on invitation.Id equals session.InvitationId
            join final in db.FinalSubmissions on session.Id equals final.SessionId
            join other in db.Submissions on final.SubmissionId equals other.Id
            where session.Id != sessionId && other.ProblemId == problemId && other.Language == language
            select new
            {
                SubmissionId = other.Id,
                InvitationId = invitation.Id,
                invitation.CandidateName,
                invitation.CandidateEmail,
                AssessmentId = assessment.Id,
                AssessmentTitle = assessment.Title,
            }).AsNoTracking().ToListAsync(cancellationToken);
        if (others.Count == 0)
        {
            return new Result([], 0);
        }

        // From this process's cache where it can; the code of the rest is read once, here.
        var fingerprinted = new Dictionary<Guid, FingerprintedSubmission>();
        foreach (var other in others)
        {
            if (fingerprints.TryGet(other.SubmissionId, out var cached))
            {
                fingerprinted[other.SubmissionId] = cached;
            }
        }

        var missing = others.Select(o => o.SubmissionId).Where(id => !fingerprinted.ContainsKey(id)).ToList();
        var codes = missing.Count == 0
            ? []
            : await db.Submissions.Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var detector = Detector(bank, problemId, language);
        foreach (var (id, code) in codes)
        {
            fingerprinted[id] = fingerprints.Add(id, code, detector);
        }

        var own = fingerprints.TryGet(submission.Id, out var ownCached) ? ownCached : fingerprints.Add(submission.Id, submission.Code, detector);
        var compared = others
            .Select(o => (Other: o, Report: Compare(detector, submission.Id, own, o.SubmissionId, fingerprinted[o.SubmissionId])))
            .OrderByDescending(c => c.Report.Score).ThenBy(c => c.Other.CandidateName, StringComparer.Ordinal)
            .ToList();
        var shown = compared.Where(c => c.Report.Flagged)
            .Concat(compared.Where(c => !c.Report.Flagged && c.Report.Score > 0).Take(UnflaggedShown))
            .ToList();

        // The codes to show beside this one: those fingerprinted from the cache were not read above.
        var unread = shown.Select(c => c.Other.SubmissionId).Where(id => !codes.ContainsKey(id)).ToList();
        if (unread.Count > 0)
        {
            foreach (var read in await db.Submissions.Where(s => unread.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken))
            {
                codes[read.Id] = read.Code;
            }
        }

        var matches = shown.Select(c => new SimilarityMatch(
            c.Other.InvitationId,
            c.Other.CandidateName,
            c.Other.AssessmentId,
            c.Other.AssessmentTitle,
            AssessmentEndpoints.ReportUrl(c.Other.AssessmentId, c.Other.InvitationId),
            string.Equals(c.Other.CandidateEmail, candidateEmail, StringComparison.OrdinalIgnoreCase),
            c.Other.SubmissionId,
            language,
            Math.Round(c.Report.Score, 3),
            Math.Round(c.Report.CoverageA, 3),
            Math.Round(c.Report.CoverageB, 3),
            c.Report.MatchedTokens,
            c.Report.Flagged,
            codes.GetValueOrDefault(c.Other.SubmissionId, string.Empty),
            [.. c.Report.Regions.Select(r => new SimilarRegion(
                new LineRange(r.A.StartLine, r.A.EndLine),
                new LineRange(r.B.StartLine, r.B.EndLine),
                r.Tokens))])).ToList();
        return new Result(matches, others.Count);
    }

    /// <summary>
    /// Compares in one fixed order (the smaller submission id first) and turns the result round when
    /// needed: greedy tiling breaks ties by position, so this is what makes both candidates' reports
    /// show the same figures and regions for the pair. A is always <paramref name="own"/> in the answer.
    /// </summary>
    private static SimilarityReport Compare(SimilarityDetector detector, Guid ownId, FingerprintedSubmission own, Guid otherId, FingerprintedSubmission other)
    {
        if (ownId.CompareTo(otherId) < 0)
        {
            return detector.Compare(own, other);
        }

        var r = detector.Compare(other, own);
        return r with { CoverageA = r.CoverageB, CoverageB = r.CoverageA, Regions = [.. r.Regions.Select(m => m with { A = m.B, B = m.A }).OrderBy(m => m.A.StartLine).ThenBy(m => m.A.StartColumn)] };
    }

    /// <summary>The task's skeleton in this language is what every candidate was given: boilerplate, never a match.</summary>
    private static SimilarityDetector Detector(ProblemBank bank, string problemId, string language)
    {
        var spec = bank.Find(problemId);
        var skeleton = spec is null ? null : SkeletonRenderer.All(spec.Signature).GetValueOrDefault(language);
        return new SimilarityDetector(language, skeleton);
    }
}
