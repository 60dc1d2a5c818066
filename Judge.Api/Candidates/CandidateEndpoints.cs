using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FluentValidation;
using Hangfire;
using Judge.Api.Infrastructure;
using Judge.Api.Problems;
using Judge.Api.Queues;
using Judge.Api.Submissions;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Candidates;

/// <summary>
/// The candidate's API, scoped by the invitation token in the path: every lookup goes through
/// the token's own session, so a token reaches nothing else (another session's run id answers 404).
/// Every change is refused with 409 once the server's clock passes the deadline.
/// </summary>
public static class CandidateEndpoints
{
    /// <summary>How often the event stream looks for new test rows; each look is one indexed query.</summary>
    private static readonly TimeSpan StreamPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A stream ends after this long; the client falls back to polling the run.</summary>
    private static readonly TimeSpan StreamLifetime = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapCandidateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/candidate/{token}").WithTags("Candidate")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", GetAsync).WithSummary("Read the session: state, remaining time, tasks (statements, skeletons, examples once started), drafts")
            .Produces<CandidateSessionView>();
        group.MapPost("/start", StartAsync).WithSummary("Start the session once; the server sets the deadline")
            .Produces<CandidateSessionView>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);
        group.MapPut("/tasks/{ordinal:int}/draft", SaveDraftAsync).WithSummary("Autosave a task's code in one language (kept as a snapshot for playback when it changed)")
            .RequireCandidateRateLimit(CandidateAction.Autosave)
            .Accepts<SaveDraftRequest>("application/json").Produces<DraftSaved>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/tasks/{ordinal:int}/runs", RunAsync).RequireCandidateRateLimit(CandidateAction.Run)
            .WithSummary("Run code on the task's examples, or on a custom input (never on hidden tests); 429 when rate-limited or while the run queue is full")
            .Accepts<RunRequest>("application/json").Produces<RunAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/runs/{runId:guid}", GetRunAsync).WithSummary("Poll a run: its tests so far, all of them once Completed")
            .Produces<RunView>();
        group.MapGet("/runs/{runId:guid}/events", StreamRun).WithSummary("Stream a run's results as server-sent events: 'test' per finished test, then 'done' with the whole run")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        group.MapPost("/tasks/{ordinal:int}/submit", SubmitAsync).WithSummary("Submit a task's final code (once per task) for judging on the hidden tests")
            .RequireCandidateRateLimit(CandidateAction.Submit)
            .Accepts<SubmitTaskRequest>("application/json").Produces<TaskSubmitted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/finish", FinishAsync).WithSummary("Finish early: unsubmitted tasks' last drafts are submitted and the session closes")
            .Produces<CandidateSessionView>().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<IResult> GetAsync(string token, JudgeDbContext db, ProblemBank bank, TimeProvider time, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        return context is null ? CandidateAccess.UnknownToken() : TypedResults.Ok(await ViewAsync(db, bank, context, time.GetUtcNow(), cancellationToken));
    }

    public static async Task<IResult> StartAsync(string token, JudgeDbContext db, ProblemBank bank, IBackgroundJobClient jobs, TimeProvider time, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        if (context is null)
        {
            return CandidateAccess.UnknownToken();
        }

        // Postgres keeps microseconds: the deadline we answer with must equal the one stored.
        var clock = time.GetUtcNow();
        var now = new DateTimeOffset(clock.Ticks - (clock.Ticks % TimeSpan.TicksPerMicrosecond), clock.Offset);
        var alreadyStarted = ProblemResults.Field(StatusCodes.Status409Conflict, "Already started", "session", "the session has started already; it starts only once");
        if (context.Session is not null)
        {
            return alreadyStarted;
        }

        if (now >= context.Invitation.ExpiresAt)
        {
            return ProblemResults.Field(StatusCodes.Status410Gone, "Invitation expired", "token", $"the invitation expired at {context.Invitation.ExpiresAt:O}; ask the recruiter for a new one");
        }

        var session = new CandidateSession
        {
            Id = Guid.CreateVersion7(),
            InvitationId = context.Invitation.Id,
            StartedAt = now,
            Deadline = now.AddMinutes(context.Assessment.DurationMinutes),
        };
        db.CandidateSessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Validated.IsUniqueViolation(e))
        {
            return alreadyStarted; // a second tab started it a moment earlier
        }

        // Checkpoint: if we die before scheduling, the worker's overdue sweep closes the session.
        var sessionId = session.Id;
        session.DeadlineJobId = jobs.Schedule<ISessionDeadlineJob>(JudgeQueues.Submit, j => j.CloseAsync(sessionId, CancellationToken.None), session.Deadline);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, bank, context with { Session = session }, now, cancellationToken));
    }

    public static async Task<IResult> SaveDraftAsync(string token, int ordinal, HttpRequest http, IValidator<SaveDraftRequest> validator, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (context, refusal) = await OpenTaskAsync(db, token, ordinal, time, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = await Validated.ReadAsync(http, validator, cancellationToken);
        if (problem is not null || CandidateAccess.RefuseLanguage(context!, request!.Language!) is { } languageProblem && (problem = languageProblem) is not null)
        {
            return problem!;
        }

        var sessionId = context!.Session!.Id;
        if (await db.FinalSubmissions.AnyAsync(f => f.SessionId == sessionId && f.TaskOrdinal == ordinal, cancellationToken))
        {
            return TaskSubmittedAlready(ordinal);
        }

        var now = time.GetUtcNow();
        var language = request.Language!;
        var code = request.Code!;
        // Upsert: autosaves from two tabs must not fail on the unique key.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO drafts ("SessionId", "TaskOrdinal", "Language", "Code", "UpdatedAt") VALUES ({sessionId}, {ordinal}, {language}, {code}, {now})
            ON CONFLICT ("SessionId", "TaskOrdinal", "Language") DO UPDATE SET "Code" = EXCLUDED."Code", "UpdatedAt" = EXCLUDED."UpdatedAt"
            """, cancellationToken);
        // Playback needs each version, not each keystroke-free autosave: only a change is kept.
        var last = await db.DraftSnapshots.Where(s => s.SessionId == sessionId && s.TaskOrdinal == ordinal && s.Language == language)
            .OrderByDescending(s => s.SavedAt).ThenByDescending(s => s.Id).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
        var changed = last != code;
        if (changed)
        {
            db.DraftSnapshots.Add(new DraftSnapshot { SessionId = sessionId, TaskOrdinal = ordinal, Language = language, Code = code, SavedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(new DraftSaved(ordinal, language, now, changed));
    }

    public static async Task<IResult> RunAsync(string token, int ordinal, HttpRequest http, IValidator<RunRequest> validator, JudgeDbContext db, ProblemBank bank, IBackgroundJobClient jobs, RunQueueGate queue, TimeProvider time, CancellationToken cancellationToken)
    {
        var (context, refusal) = await OpenTaskAsync(db, token, ordinal, time, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = await Validated.ReadAsync(http, validator, cancellationToken);
        if (problem is not null || CandidateAccess.RefuseLanguage(context!, request!.Language!) is { } languageProblem && (problem = languageProblem) is not null)
        {
            return problem!;
        }

        var task = CandidateAccess.Task(context!, ordinal)!;
        var spec = bank.Find(task.ProblemId);
        if (spec is null)
        {
            return ProblemResults.Field(StatusCodes.Status503ServiceUnavailable, "Task unavailable", "ordinal", $"task {task.ProblemId} is not in the bank right now");
        }

        if (request.Input is JsonArray input && InputProblem(spec, input) is { } inputProblem)
        {
            return inputProblem;
        }

        // Back-pressure: a full queue refuses before anything is stored or enqueued.
        if (await queue.CheckAsync(db, cancellationToken) is { } full)
        {
            return full;
        }

        var run = new TaskRun
        {
            Id = Guid.CreateVersion7(),
            SessionId = context!.Session!.Id,
            TaskOrdinal = ordinal,
            ProblemId = spec.Id,
            Language = request.Language!,
            Code = request.Code!,
            Kind = request.Input is null ? TaskRun.ExamplesKind : TaskRun.CustomKind,
            Input = request.Input?.ToJsonString(),
            State = SubmissionState.Queued,
            CreatedAt = time.GetUtcNow(),
        };
        db.TaskRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var runId = run.Id;
        run.JobId = jobs.Enqueue<IRunJudgeJob>(JudgeQueues.Run, j => j.JudgeRunAsync(runId, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
        var poll = $"/api/candidate/{token}/runs/{runId}";
        return TypedResults.Accepted(poll, new RunAccepted(runId, run.State.ToString(), poll, poll + "/events"));
    }

    public static async Task<IResult> GetRunAsync(string token, Guid runId, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        if (context?.Session is null)
        {
            return context is null ? CandidateAccess.UnknownToken() : UnknownRun(runId);
        }

        var run = await LoadRunAsync(db, context.Session.Id, runId, cancellationToken);
        return run is null ? UnknownRun(runId) : TypedResults.Ok(View(run));
    }

    public static async Task<IResult> StreamRun(string token, Guid runId, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        if (context?.Session is null)
        {
            return context is null ? CandidateAccess.UnknownToken() : UnknownRun(runId);
        }

        var sessionId = context.Session.Id;
        if (!await db.TaskRuns.AnyAsync(r => r.Id == runId && r.SessionId == sessionId, cancellationToken))
        {
            return UnknownRun(runId);
        }

        return TypedResults.ServerSentEvents(RunEventsAsync(db, sessionId, runId, cancellationToken));
    }

    /// <summary>
    /// Polls the run's rows (the worker writes each test as it finishes) and sends what is new.
    /// A test streamed early may be corrected by the final 'done' event (a forged record, say).
    /// </summary>
    private static async IAsyncEnumerable<SseItem<object>> RunEventsAsync(JudgeDbContext db, Guid sessionId, Guid runId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = -1;
        var until = DateTimeOffset.UtcNow + StreamLifetime;
        while (!cancellationToken.IsCancellationRequested && DateTimeOffset.UtcNow < until)
        {
            db.ChangeTracker.Clear();
            var run = await LoadRunAsync(db, sessionId, runId, cancellationToken);
            if (run is null)
            {
                yield break;
            }

            var view = View(run);
            foreach (var test in view.Tests.Where(t => t.Ordinal > sent))
            {
                yield return new SseItem<object>(test, "test");
                sent = test.Ordinal;
            }

            if (run.State == SubmissionState.Completed)
            {
                yield return new SseItem<object>(view, "done");
                yield break;
            }

            await Task.Delay(StreamPollInterval, cancellationToken);
        }
    }

    public static async Task<IResult> SubmitAsync(string token, int ordinal, HttpRequest http, IValidator<SubmitTaskRequest> validator, JudgeDbContext db, ProblemBank bank, FinalSubmissions finals, TimeProvider time, CancellationToken cancellationToken)
    {
        var (context, refusal) = await OpenTaskAsync(db, token, ordinal, time, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (request, problem) = await Validated.ReadAsync(http, validator, cancellationToken);
        if (problem is not null || CandidateAccess.RefuseLanguage(context!, request!.Language!) is { } languageProblem && (problem = languageProblem) is not null)
        {
            return problem!;
        }

        var task = CandidateAccess.Task(context!, ordinal)!;
        if (bank.Find(task.ProblemId) is not { } spec)
        {
            return ProblemResults.Field(StatusCodes.Status503ServiceUnavailable, "Task unavailable", "ordinal", $"task {task.ProblemId} is not in the bank right now");
        }

        var (_, why) = await finals.SubmitTaskAsync(context!.Session!.Id, ordinal, spec.Id, spec.SpecHash, request.Language!, request.Code!, cancellationToken);
        var now = time.GetUtcNow();
        return why switch
        {
            SubmitRefusal.AlreadySubmitted => TaskSubmittedAlready(ordinal),
            // The deadline passed (or the session closed) between the first check and the lock.
            SubmitRefusal.PastDeadline => CandidateAccess.TimeIsUp(context.Session.Deadline),
            SubmitRefusal.Finished => CandidateAccess.Finished(),
            _ => TypedResults.Accepted($"/api/candidate/{token}", new TaskSubmitted(ordinal, request.Language!, now)),
        };
    }

    public static async Task<IResult> FinishAsync(string token, JudgeDbContext db, ProblemBank bank, FinalSubmissions finals, TimeProvider time, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        if (context is null)
        {
            return CandidateAccess.UnknownToken();
        }

        if (CandidateAccess.RefuseChange(context.Session, time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        var tasks = context.Assessment.Tasks
            .Select(t => (t.Ordinal, Spec: bank.Find(t.ProblemId)))
            .Where(t => t.Spec is not null)
            .ToDictionary(t => t.Ordinal, t => (t.Spec!.Id, t.Spec.SpecHash));
        if (!await finals.CloseAsync(context.Session!.Id, "finished", tasks, cancellationToken))
        {
            return CandidateAccess.Finished();
        }

        var reloaded = await CandidateAccess.FindAsync(db, token, cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, bank, reloaded!, time.GetUtcNow(), cancellationToken));
    }

    private static async Task<(CandidateContext? Context, IResult? Refusal)> OpenTaskAsync(JudgeDbContext db, string token, int ordinal, TimeProvider time, CancellationToken cancellationToken)
    {
        var context = await CandidateAccess.FindAsync(db, token, cancellationToken);
        if (context is null)
        {
            return (null, CandidateAccess.UnknownToken());
        }

        if (CandidateAccess.Task(context, ordinal) is null)
        {
            return (null, CandidateAccess.UnknownTask(ordinal));
        }

        return CandidateAccess.RefuseChange(context.Session, time.GetUtcNow()) is { } refusal ? (null, refusal) : (context, null);
    }

    /// <summary>A custom input must be an argument list of the signature's types, or the harness could not call the function.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? InputProblem(Judge.Problems.Model.ProblemSpec spec, JsonArray input)
    {
        var parameters = spec.Signature.Params;
        if (input.Count != parameters.Count)
        {
            return ProblemResults.Field(StatusCodes.Status400BadRequest, "Invalid input", "input",
                $"input must hold {parameters.Count} value(s), one per parameter ({string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}"))}); it holds {input.Count}");
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            if (!parameters[i].Type.Accepts(input[i]))
            {
                return ProblemResults.Field(StatusCodes.Status400BadRequest, "Invalid input", $"input[{i}]", $"input[{i}] ({parameters[i].Name}) must be a {parameters[i].Type}");
            }
        }

        return null;
    }

    private static Task<TaskRun?> LoadRunAsync(JudgeDbContext db, Guid sessionId, Guid runId, CancellationToken cancellationToken) =>
        db.TaskRuns.AsNoTracking().Include(r => r.Tests.OrderBy(t => t.Ordinal))
            .SingleOrDefaultAsync(r => r.Id == runId && r.SessionId == sessionId, cancellationToken);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownRun(Guid runId) =>
        ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown run", "runId", $"this session has no run {runId}");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TaskSubmittedAlready(int ordinal) =>
        ProblemResults.Field(StatusCodes.Status409Conflict, "Task submitted", "ordinal", $"task {ordinal} has been submitted; its code is final");

    private static RunView View(TaskRun r) => new(
        r.Id, r.TaskOrdinal, r.Kind, r.Language, r.State.ToString(), r.Verdict?.ToWire(),
        r.CompileOk is null ? null : new CompileView(r.CompileOk.Value, r.CompileOutput ?? string.Empty),
        Parse(r.Input),
        [.. r.Tests.OrderBy(t => t.Ordinal).Select(t => new RunTestView(t.Ordinal, t.Name, t.Verdict.ToWire(), t.CpuMs, t.WallMs, t.Message, Parse(t.Args), Parse(t.Output), Parse(t.Expected)))],
        r.CreatedAt,
        r.CompletedAt);

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);

    private static async Task<CandidateSessionView> ViewAsync(JudgeDbContext db, ProblemBank bank, CandidateContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = context.Session;
        var drafts = session is null ? [] : await db.Drafts.AsNoTracking().Where(d => d.SessionId == session.Id).ToListAsync(cancellationToken);
        var finals = session is null ? [] : await db.FinalSubmissions.AsNoTracking().Where(f => f.SessionId == session.Id).ToListAsync(cancellationToken);
        var state = SessionStates.Of(context.Invitation, session, now);
        var tasks = context.Assessment.Tasks.OrderBy(t => t.Ordinal).Select(t =>
        {
            var spec = bank.Find(t.ProblemId);
            var final = finals.SingleOrDefault(f => f.TaskOrdinal == t.Ordinal);
            return new CandidateTaskView(
                t.Ordinal,
                spec?.Title ?? t.ProblemId,
                spec?.Difficulty ?? "unknown",
                // The statements are the test: shown only once the clock runs.
                session is null || spec is null ? null : ProblemEndpoints.ToDetail(spec, context.Assessment.Languages),
                [.. drafts.Where(d => d.TaskOrdinal == t.Ordinal).OrderByDescending(d => d.UpdatedAt).Select(d => new DraftView(d.Language, d.Code, d.UpdatedAt))],
                final is null ? null : new SubmittedView(final.SubmittedAt, final.Automatic));
        }).ToList();
        return new CandidateSessionView(
            context.Assessment.Title,
            context.Invitation.CandidateName,
            state,
            context.Assessment.DurationMinutes,
            now,
            context.Invitation.ExpiresAt,
            session?.StartedAt,
            session?.Deadline,
            session?.FinishedAt,
            state == SessionStates.InProgress ? Math.Max(0, Math.Round((session!.Deadline - now).TotalSeconds, 1)) : null,
            context.Assessment.Languages,
            tasks);
    }
}
