using System.Security.Claims;
using FluentValidation;
using Judge.Api.Infrastructure;
using Judge.Api.Recruiters;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Assessments;

/// <summary>
/// Recruiters' assessments: create, list, invite candidates, follow their sessions, read reports.
/// Every query filters by the caller's organisation; another organisation's assessment answers
/// 404, exactly as one that does not exist, so ids reveal nothing.
/// </summary>
public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessments").WithTags("Assessments").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/", CreateAsync).WithSummary("Create an assessment: title, tasks from the bank, duration, languages")
            .Accepts<CreateAssessmentRequest>("application/json").Produces<AssessmentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        group.MapGet("/", ListAsync).WithSummary("List the organisation's assessments").Produces<List<AssessmentView>>();
        group.MapGet("/{id:guid}", GetAsync).WithSummary("Read one assessment of the organisation")
            .Produces<AssessmentView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/invitations", InviteAsync).WithSummary("Invite a candidate: returns the secret link (shown once)")
            .Accepts<CreateInvitationRequest>("application/json").Produces<InvitationCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/sessions", ListSessionsAsync).WithSummary("List the invited candidates with the state of each session")
            .Produces<List<SessionSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/sessions/{invitationId:guid}/report", AssessmentReports.GetAsync)
            .WithSummary("A candidate's report: scores, groups and tests per task, final code, similar submissions by other candidates, timeline of drafts, pastes and runs, time used")
            .Produces<SessionReport>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> CreateAsync(HttpContext http, ClaimsPrincipal user, IValidator<CreateAssessmentRequest> validator, ProblemBank bank, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        for (var i = 0; i < request!.Tasks!.Count; i++)
        {
            if (bank.Find(request.Tasks[i]) is null)
            {
                return ProblemResults.Field(StatusCodes.Status400BadRequest, "Unknown task", $"tasks[{i}]", $"there is no task '{request.Tasks[i]}'; see GET /api/problems");
            }
        }

        var (recruiterId, organisationId) = user.Identify();
        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            Title = request.Title!.Trim(),
            DurationMinutes = request.DurationMinutes ?? CreateAssessmentRequestValidator.DefaultDurationMinutes,
            // Kept in the contract's order whatever order the request used.
            Languages = request.Languages is null ? [.. LanguageNames.Judged] : [.. LanguageNames.Judged.Where(request.Languages.Contains)],
            CreatedByRecruiterId = recruiterId,
            CreatedAt = time.GetUtcNow(),
            Tasks = [.. request.Tasks.Select((t, i) => new AssessmentTask { Ordinal = i, ProblemId = t })],
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/{assessment.Id}", View(assessment, bank));
    }

    public static async Task<IResult> ListAsync(ClaimsPrincipal user, ProblemBank bank, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var (_, organisationId) = user.Identify();
        var list = await db.Assessments.AsNoTracking().Include(a => a.Tasks)
            .Where(a => a.OrganisationId == organisationId).OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(a => View(a, bank)).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, ProblemBank bank, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await FindAsync(db, user, id, cancellationToken);
        return assessment is null ? NotFound(id) : TypedResults.Ok(View(assessment, bank));
    }

    public static async Task<IResult> InviteAsync(Guid id, HttpContext http, ClaimsPrincipal user, IValidator<CreateInvitationRequest> validator, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var assessment = await FindAsync(db, user, id, cancellationToken);
        if (assessment is null)
        {
            return NotFound(id);
        }

        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var token = SecretTokens.New();
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            AssessmentId = assessment.Id,
            CandidateName = request!.CandidateName!.Trim(),
            CandidateEmail = request.CandidateEmail!.Trim(),
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ValidDays ?? CreateInvitationRequestValidator.DefaultValidDays),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(ReportUrl(id, invitation.Id),
            new InvitationCreated(invitation.Id, invitation.CandidateName, invitation.CandidateEmail, token, $"/candidate/{token}", $"/api/candidate/{token}", invitation.ExpiresAt));
    }

    public static async Task<IResult> ListSessionsAsync(Guid id, ClaimsPrincipal user, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var assessment = await FindAsync(db, user, id, cancellationToken);
        if (assessment is null)
        {
            return NotFound(id);
        }

        var now = time.GetUtcNow();
        var invitations = await db.Invitations.AsNoTracking().Include(i => i.Session)
            .Where(i => i.AssessmentId == id).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(invitations.Select(i => new SessionSummary(
            i.Id, i.CandidateName, i.CandidateEmail, SessionStates.Of(i, i.Session, now), i.CreatedAt, i.ExpiresAt,
            i.Session?.StartedAt, i.Session?.Deadline, i.Session?.FinishedAt, ReportUrl(id, i.Id))).ToList());
    }

    /// <summary>The assessment if it exists and belongs to the caller's organisation; null otherwise (indistinguishably).</summary>
    internal static async Task<Assessment?> FindAsync(JudgeDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (_, organisationId) = user.Identify();
        return await db.Assessments.AsNoTracking().Include(a => a.Tasks.OrderBy(t => t.Ordinal))
            .SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == organisationId, cancellationToken);
    }

    /// <summary>Where a recruiter reads a candidate's report.</summary>
    internal static string ReportUrl(Guid assessmentId, Guid invitationId) => $"/api/assessments/{assessmentId}/sessions/{invitationId}/report";

    internal static IResult NotFound(Guid id) =>
        ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown assessment", "id", $"there is no assessment {id} in your organisation");

    internal static AssessmentView View(Assessment a, ProblemBank bank) => new(
        a.Id, a.Title, a.DurationMinutes, a.Languages,
        [.. a.Tasks.OrderBy(t => t.Ordinal).Select(t => new AssessmentTaskView(t.Ordinal, t.ProblemId, bank.Find(t.ProblemId)?.Title ?? t.ProblemId, bank.Find(t.ProblemId)?.Difficulty ?? "unknown"))],
        a.CreatedAt);
}
