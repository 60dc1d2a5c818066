using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Judge.Core.Data;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.Assessments;

/// <summary>
/// Integrity in the recruiter's report: final submissions of one task compared across the
/// organisation's candidates (a renamed copy is flagged both ways, an independent solution is not,
/// another organisation is never seen), and large pastes in the draft timeline.
/// </summary>
[TestFixture]
public sealed class ReportSimilarityTests
{
    private const string Task = "count-islands";

    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Integrity", "cases");

    private static HttpClient Api => AssessmentClient.Api;

    private static string Reference => File.ReadAllText(Path.Combine(ProblemBank.DefaultDirectory, Task, "solutions", "reference.py"));

    private static string RenamedCopy => File.ReadAllText(Path.Combine(Cases, "count-islands.copy.py"));

    private static string Independent => File.ReadAllText(Path.Combine(Cases, "count-islands.independent.py"));

    [Test]
    public async Task Report_FlagsARenamedCopyBothWays_NotAnIndependentSolution_NorAnotherOrganisation()
    {
        using var org = await AssessmentClient.SignUpAsync("Similarity Org");
        using var otherOrg = await AssessmentClient.SignUpAsync("Other Similarity Org");
        var backend = AssessmentClient.Id(await org.CreateAssessmentAsync(tasks: [Task, "max-subarray"], title: "Backend engineer"));
        var graduate = AssessmentClient.Id(await org.CreateAssessmentAsync(tasks: [Task], title: "Graduate programme"));
        var elsewhere = AssessmentClient.Id(await otherOrg.CreateAssessmentAsync(tasks: [Task], title: "Elsewhere"));

        var ana = await SubmitAsync(org, backend, "Ana Original", Reference);
        var bo = await SubmitAsync(org, graduate, "Bo Renamer", RenamedCopy);
        var cy = await SubmitAsync(org, backend, "Cy Independent", Independent);
        var dee = await SubmitAsync(otherOrg, elsewhere, "Dee Elsewhere", Reference);

        var anaTask = await TaskReportAsync(org, backend, ana);
        var boTask = await TaskReportAsync(org, graduate, bo);
        var cyTask = await TaskReportAsync(org, backend, cy);
        var deeTask = await TaskReportAsync(otherOrg, elsewhere, dee);
        var anaSeesBo = Match(anaTask, bo);
        var boSeesAna = Match(boTask, ana);
        Assert.Multiple(() =>
        {
            Assert.That(anaTask["similarityCompared"]!.GetValue<int>(), Is.EqualTo(2), "Bo and Cy, not Dee");
            Assert.That(anaSeesBo, Is.Not.Null, "Ana's report lists Bo");
            Assert.That(boSeesAna, Is.Not.Null, "Bo's report lists Ana");
            foreach (var (match, own, other) in new[] { (anaSeesBo, Reference, RenamedCopy), (boSeesAna, RenamedCopy, Reference) })
            {
                Assert.That(match!["flagged"]!.GetValue<bool>(), Is.True);
                Assert.That(match["score"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(0.75));
                Assert.That(match["matchedTokens"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(30));
                Assert.That(match["language"]!.GetValue<string>(), Is.EqualTo("python"));
                Assert.That(match["otherCode"]!.GetValue<string>(), Is.EqualTo(other));
                Assert.That(match["sameEmail"]!.GetValue<bool>(), Is.False);
                var regions = match["regions"]!.AsArray();
                Assert.That(regions, Is.Not.Empty);
                foreach (var region in regions)
                {
                    AssertLines(region!["own"]!, own);
                    AssertLines(region["other"]!, other);
                }
            }

            Assert.That(anaSeesBo!["candidateName"]!.GetValue<string>(), Is.EqualTo("Bo Renamer"));
            Assert.That(anaSeesBo["assessmentTitle"]!.GetValue<string>(), Is.EqualTo("Graduate programme"));
            Assert.That(anaSeesBo["reportUrl"]!.GetValue<string>(), Is.EqualTo($"/api/assessments/{graduate}/sessions/{bo}/report"));
            Assert.That(boSeesAna!["assessmentTitle"]!.GetValue<string>(), Is.EqualTo("Backend engineer"));
            // Coverage both ways: each side's share of its own code.
            Assert.That(anaSeesBo["coverage"]!.GetValue<double>(), Is.EqualTo(boSeesAna["otherCoverage"]!.GetValue<double>()));
            Assert.That(anaSeesBo["otherCoverage"]!.GetValue<double>(), Is.EqualTo(boSeesAna["coverage"]!.GetValue<double>()));
            // The same regions, mirrored.
            Assert.That(Ranges(anaSeesBo, "own"), Is.EqualTo(Ranges(boSeesAna, "other")));
            Assert.That(Ranges(anaSeesBo, "other"), Is.EqualTo(Ranges(boSeesAna, "own")));

            // The independent solution is never flagged, whichever report is read.
            Assert.That(Match(anaTask, cy)?["flagged"]!.GetValue<bool>() ?? false, Is.False);
            Assert.That(Match(boTask, cy)?["flagged"]!.GetValue<bool>() ?? false, Is.False);
            Assert.That(cyTask["similarity"]!.AsArray().Where(m => m!["flagged"]!.GetValue<bool>()), Is.Empty);
            Assert.That(cyTask["similarityCompared"]!.GetValue<int>(), Is.EqualTo(2));

            // Submitted without a single autosave: the whole solution arrived at once, and the timeline says so.
            Assert.That(anaTask["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "submission", "paste" }));

            // Isolation: Dee's identical copy belongs to another organisation and is never shown, either way.
            Assert.That(Match(anaTask, dee), Is.Null);
            Assert.That(deeTask["similarity"]!.AsArray(), Is.Empty);
            Assert.That(deeTask["similarityCompared"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task Report_ShowsAPasteInTheTimeline_ForALargeInsertion_AndNoneForSmallEdits()
    {
        using var org = await AssessmentClient.SignUpAsync("Paste Org");
        var assessment = AssessmentClient.Id(await org.CreateAssessmentAsync(tasks: [Task]));
        var (url, invitationId) = await StartAsync(org, assessment, "Pat Paster");
        // The start of a flood fill, 300 characters, pasted in one piece.
        const string paste = """
                # a flood
                seen = set()
                islands = 0
                for r in range(len(grid)):
                    for c in range(len(grid[0])):
                        if grid[r][c] == '#' and (r, c) not in seen:
                            islands += 1
                            todo = [(r, c)]
                            while todo:
                                y, x = todo.pop()

            """;
        Assert.That(paste, Has.Length.EqualTo(300));
        var header = "def solution(grid):\n";
        // Typed a few characters per save; then one save with the paste; then small edits again.
        await SaveAsync(url, header + "    # islands\n");
        await SaveAsync(url, header + "    # islands: flood fill\n");
        await SaveAsync(url, header + "    # islands: flood fill\n" + paste);
        await SaveAsync(url, header + "    # islands: flood fill\n" + paste + "    return islands\n");
        await SaveAsync(url, header + "    # count islands: flood fill\n" + paste + "    return islands\n");

        var report = await org.Recruiter.GetFromJsonAsync<JsonObject>(AssessmentReportUrl(assessment, invitationId));
        var timeline = report!["tasks"]![0]!["timeline"]!.AsArray();
        var pastes = timeline.Where(e => e!["kind"]!.GetValue<string>() == "paste").ToList();
        var snapshots = timeline.Where(e => e!["kind"]!.GetValue<string>() == "snapshot").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(snapshots, Has.Count.EqualTo(5));
            Assert.That(pastes, Has.Count.EqualTo(1));
            var entry = pastes.Single()!;
            Assert.That(entry["paste"]!["characters"]!.GetValue<int>(), Is.EqualTo(300));
            Assert.That(entry["paste"]!["excerpt"]!.GetValue<string>(), Is.EqualTo(paste));
            Assert.That(entry["paste"]!["lines"]!["startLine"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(entry["code"]!.GetValue<string>(), Does.EndWith(paste));
            // Right after the snapshot that brought it.
            Assert.That(timeline.IndexOf(entry), Is.EqualTo(timeline.IndexOf(snapshots[2]) + 1));
            Assert.That(timeline.Where(e => e!["kind"]!.GetValue<string>() == "snapshot").Select(e => e!["paste"]), Has.All.Null);
        });
    }

    /// <summary>
    /// Report latency with a realistic crowd: 300 other final submissions of the task in the same
    /// language (Python solutions of the bank stored as count-islands; every tenth a renamed copy of
    /// this candidate's), seeded in the database, read cold (nothing fingerprinted yet) and warm.
    /// </summary>
    [Test]
    public async Task Report_StaysFast_WithThreeHundredOtherSubmissionsOfTheTask()
    {
        const int others = 300;
        using var org = await AssessmentClient.SignUpAsync("Crowded Org");
        var assessmentId = Guid.Parse(AssessmentClient.Id(await org.CreateAssessmentAsync(tasks: [Task])));
        var pool = Directory.GetFiles(ProblemBank.DefaultDirectory, "*.py", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}solutions{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Task}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var codes = Enumerable.Range(0, others).Select(i => i % 10 == 0 ? RenamedCopy : pool[i % pool.Count] + "\n" + pool[i * 7 % pool.Count]).Prepend(Reference).ToList();
        var invitations = await SeedAsync(assessmentId, codes);

        var url = AssessmentReportUrl(assessmentId.ToString(), invitations[0].ToString());
        var timings = new List<double>();
        JsonObject? report = null;
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await org.Recruiter.GetAsync(url);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            report = await AssessmentClient.ReadAsync(response);
        }

        var task = report!["tasks"]![0]!;
        var warm = timings.Skip(1).Order().ToList();
        var median = warm[warm.Count / 2];
        await TestContext.Out.WriteLineAsync($"report with {others} other submissions: cold {timings[0]:F0} ms, warm median {median:F0} ms (warm: {string.Join(", ", timings.Skip(1).Select(t => t.ToString("F0")))})");
        Assert.Multiple(() =>
        {
            Assert.That(task["similarityCompared"]!.GetValue<int>(), Is.EqualTo(others));
            Assert.That(task["similarity"]!.AsArray().Count(m => m!["flagged"]!.GetValue<bool>()), Is.EqualTo(others / 10));
            // Generous bounds: two cores shared with the judging worker; measured figures are in the output.
            Assert.That(timings[0], Is.LessThan(5000));
            Assert.That(median, Is.LessThan(1500));
        });
    }

    private static string AssessmentReportUrl(string assessmentId, string invitationId) => $"/api/assessments/{assessmentId}/sessions/{invitationId}/report";

    private static async Task<(string Url, string InvitationId)> StartAsync(AssessmentClient org, string assessmentId, string candidate)
    {
        var email = candidate.Split(' ')[0].ToLowerInvariant() + "@candidates.example";
        var invitation = await org.InviteAsync(assessmentId, candidate, email);
        var url = invitation["apiUrl"]!.GetValue<string>();
        using var start = await Api.PostAsync(url + "/start", null);
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.OK), await start.Content.ReadAsStringAsync());
        return (url, AssessmentClient.Id(invitation));
    }

    /// <summary>A candidate who starts and submits the first task in Python; returns the invitation id.</summary>
    private static async Task<string> SubmitAsync(AssessmentClient org, string assessmentId, string candidate, string code)
    {
        var (url, invitationId) = await StartAsync(org, assessmentId, candidate);
        using var submitted = await Api.PostAsJsonAsync(url + "/tasks/0/submit", new { language = "python", code });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await submitted.Content.ReadAsStringAsync());
        return invitationId;
    }

    private static async Task SaveAsync(string url, string code)
    {
        using var response = await Api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "python", code });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> TaskReportAsync(AssessmentClient org, string assessmentId, string invitationId)
    {
        var report = await org.Recruiter.GetFromJsonAsync<JsonObject>(AssessmentReportUrl(assessmentId, invitationId));
        return report!["tasks"]![0]!;
    }

    private static JsonNode? Match(JsonNode task, string invitationId) =>
        task["similarity"]!.AsArray().SingleOrDefault(m => m!["invitationId"]!.GetValue<string>() == invitationId);

    private static List<(int, int)> Ranges(JsonNode match, string side) =>
        [.. match["regions"]!.AsArray().Select(r => (r![side]!["startLine"]!.GetValue<int>(), r[side]!["endLine"]!.GetValue<int>())).Order()];

    private static void AssertLines(JsonNode range, string code)
    {
        var lines = code.Split('\n').Length;
        var start = range["startLine"]!.GetValue<int>();
        var end = range["endLine"]!.GetValue<int>();
        Assert.That(start, Is.InRange(1, end));
        Assert.That(end, Is.InRange(start, lines));
    }

    /// <summary>One finished session per code, each with a judged final submission of the task in Python; returns the invitation ids in order.</summary>
    private static async Task<List<Guid>> SeedAsync(Guid assessmentId, List<string> codes)
    {
        await using var scope = IntegrationEnvironment.WorkerServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var specHash = scope.ServiceProvider.GetRequiredService<ProblemBank>().Find(Task)!.SpecHash;
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < codes.Count; i++)
        {
            var invitation = new Invitation
            {
                Id = Guid.CreateVersion7(),
                AssessmentId = assessmentId,
                CandidateName = $"Candidate {i:D3}",
                CandidateEmail = $"candidate{i}@crowd.example",
                TokenHash = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
                CreatedAt = now,
                ExpiresAt = now.AddDays(14),
            };
            var session = new CandidateSession { Id = Guid.CreateVersion7(), InvitationId = invitation.Id, StartedAt = now, Deadline = now.AddMinutes(90), FinishedAt = now, FinishReason = "finished" };
            // Completed, so neither the worker nor the queued-submission sweeper picks these up.
            var submission = new Submission { Id = Guid.CreateVersion7(), ProblemId = Task, SpecHash = specHash, Language = "python", Code = codes[i], State = SubmissionState.Completed, CreatedAt = now, CompletedAt = now };
            db.AddRange(invitation, session, submission, new FinalSubmission { SessionId = session.Id, TaskOrdinal = 0, SubmissionId = submission.Id, SubmittedAt = now });
            ids.Add(invitation.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
