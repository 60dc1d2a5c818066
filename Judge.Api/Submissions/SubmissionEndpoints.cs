using System.Text;
using System.Text.Json;
using FluentValidation;
using Hangfire;
using Judge.Api.Infrastructure;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Submissions;

/// <summary>POST /api/submissions accepts code for judging; GET /api/submissions/{id} reports state and results.</summary>
public static class SubmissionEndpoints
{
    /// <summary>Room for 64 KiB of code escaped in JSON plus the other fields; anything larger is refused unread.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions");
        group.MapPost("/", CreateAsync)
            .WithSummary("Submit code for judging")
            .WithDescription("Stores the submission as Queued and enqueues it; poll the Location for the verdict.")
            .Accepts<CreateSubmissionRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Read a submission's state and results; complexity is null until the probe (after the verdict) has measured it")
            .WithDescription("complexity: expected and detected class (detected null when undetermined), a one-sentence summary, "
                + "the submission's and the reference's points (minimum CPU ms per call per size N) and plotUrl, the SVG plot.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/complexity.svg", GetPlotAsync)
            .WithSummary("Plot a submission's measured complexity: CPU time per call against N, log-log, submission vs reference (SVG)")
            .Produces(StatusCodes.Status200OK, contentType: ComplexityPlot.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Accepted<SubmissionAccepted>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest http,
        IValidator<CreateSubmissionRequest> validator,
        ProblemBank bank,
        JudgeDbContext db,
        IBackgroundJobClient jobs,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CreateSubmissionRequest>(http, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        var codeBytes = Encoding.UTF8.GetByteCount(request.Code!);
        if (codeBytes > CreateSubmissionRequestValidator.MaxCodeBytes)
        {
            return ProblemResults.Field(StatusCodes.Status413PayloadTooLarge, "Code too large", "code",
                $"code is {codeBytes} bytes; the limit is {CreateSubmissionRequestValidator.MaxCodeBytes} bytes (64 KiB)");
        }

        var spec = bank.Find(request.ProblemId!);
        if (spec is null)
        {
            return ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown problem", "problemId", $"there is no problem '{request.ProblemId}'");
        }

        var submission = new Submission
        {
            Id = Guid.CreateVersion7(),
            ProblemId = spec.Id,
            SpecHash = spec.SpecHash,
            Language = request.Language!,
            Code = request.Code!,
            State = SubmissionState.Queued,
            CreatedAt = time.GetUtcNow(),
        };
        await SubmissionIntake.AcceptAsync(db, jobs, submission, cancellationToken);
        return TypedResults.Accepted($"/api/submissions/{submission.Id}", new SubmissionAccepted(submission.Id, submission.State.ToString()));
    }

    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> GetAsync(Guid id, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var s = await db.Submissions.AsNoTracking()
            .Include(x => x.Groups.OrderBy(g => g.Ordinal)).ThenInclude(g => g.Tests.OrderBy(t => t.Ordinal))
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (s is null)
        {
            return ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown submission", "id", $"there is no submission {id}");
        }

        return TypedResults.Ok(new SubmissionView(
            s.Id,
            s.ProblemId,
            s.SpecHash,
            s.Language,
            s.State.ToString(),
            s.Verdict?.ToWire(),
            s.TotalScore is null ? null : new ScoreView(s.CorrectnessScore ?? 0, s.PerformanceScore ?? 0, s.TotalScore.Value),
            s.CompileOk is null ? null : new CompileView(s.CompileOk.Value, s.CompileOutput ?? string.Empty),
            [.. s.Groups.Select(g => new GroupView(g.Name, g.Kind, g.Verdict.ToWire(),
                [.. g.Tests.Select(t => new TestView(t.Name, t.Verdict.ToWire(), t.CpuMs, t.WallMs, t.MemoryKb, t.Message))]))],
            s.CreatedAt,
            s.CompletedAt,
            await ComplexityViews.FindAsync(db, s.Id, cancellationToken)));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetPlotAsync(Guid id, HttpResponse response, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var complexity = await ComplexityViews.FindAsync(db, id, cancellationToken);
        if (complexity is null)
        {
            return await db.Submissions.AnyAsync(s => s.Id == id, cancellationToken)
                ? ProblemResults.Field(StatusCodes.Status404NotFound, "No complexity result", "id",
                    $"submission {id} has no complexity result yet: the probe runs after the verdict, and not at all when the code did not compile")
                : ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown submission", "id", $"there is no submission {id}");
        }

        // The SVG holds no script and no external reference; the policy keeps it that way if it is opened directly.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(ComplexityPlot.Render(complexity), ComplexityPlot.ContentType);
    }
}
