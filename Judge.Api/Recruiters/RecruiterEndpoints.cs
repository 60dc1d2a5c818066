using System.Security.Claims;
using FluentValidation;
using Judge.Api.Infrastructure;
using Judge.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Recruiters;

/// <summary>Recruiter accounts: sign-up (a new organisation), sign-in/out by cookie, colleagues, API keys.</summary>
public static class RecruiterEndpoints
{
    /// <summary>Rate-limit policy on sign-in and sign-up: password guessing costs time.</summary>
    public const string SignInPolicy = "recruiter-sign-in";

    public static IEndpointRouteBuilder MapRecruiterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/recruiters").WithTags("Recruiters");
        group.MapPost("/sign-up", SignUpAsync).RequireRateLimiting(SignInPolicy)
            .WithSummary("Create an organisation and its first recruiter, and sign in")
            .Accepts<SignUpRequest>("application/json").Produces<RecruiterView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/sign-in", SignInAsync).RequireRateLimiting(SignInPolicy)
            .WithSummary("Sign in with e-mail and password (sets the session cookie)")
            .Accepts<SignInRequest>("application/json").Produces<RecruiterView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/sign-out", (Delegate)SignOutAsync).WithSummary("Sign out (clears the session cookie)").Produces(StatusCodes.Status204NoContent);

        var signedIn = group.MapGroup("/").RequireAuthorization();
        signedIn.MapGet("/me", MeAsync).WithSummary("The signed-in recruiter and their organisation").Produces<RecruiterView>().ProducesProblem(StatusCodes.Status401Unauthorized);
        signedIn.MapPost("/", AddAsync).WithSummary("Add a colleague to the caller's organisation")
            .Accepts<AddRecruiterRequest>("application/json").Produces<RecruiterView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapPost("/api-keys", CreateKeyAsync).WithSummary("Create an API key for automation (the key is shown once)")
            .Accepts<CreateApiKeyRequest>("application/json").Produces<ApiKeyCreated>(StatusCodes.Status201Created).ProducesValidationProblem();
        signedIn.MapGet("/api-keys", ListKeysAsync).WithSummary("List the organisation's API keys (never the keys themselves)").Produces<List<ApiKeyView>>();
        signedIn.MapDelete("/api-keys/{id:guid}", RevokeKeyAsync).WithSummary("Revoke an API key of the organisation")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> SignUpAsync(HttpContext http, IValidator<SignUpRequest> validator, JudgeDbContext db, IPasswordHasher<Recruiter> hasher, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var organisation = new Organisation { Id = Guid.CreateVersion7(), Name = request!.Organisation!.Trim(), CreatedAt = time.GetUtcNow() };
        db.Organisations.Add(organisation);
        var created = await CreateRecruiterAsync(db, hasher, time, organisation.Id, request.Name!, request.Email!, request.Password!, cancellationToken);
        if (created.Problem is not null)
        {
            return created.Problem;
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, RecruiterAuth.Principal(created.Recruiter!, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.Created("/api/recruiters/me", View(created.Recruiter!, organisation));
    }

    public static async Task<IResult> AddAsync(HttpContext http, ClaimsPrincipal user, IValidator<AddRecruiterRequest> validator, JudgeDbContext db, IPasswordHasher<Recruiter> hasher, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (_, organisationId) = user.Identify();
        var created = await CreateRecruiterAsync(db, hasher, time, organisationId, request!.Name!, request.Email!, request.Password!, cancellationToken);
        if (created.Problem is not null)
        {
            return created.Problem;
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        return TypedResults.Created("/api/recruiters/me", View(created.Recruiter!, organisation));
    }

    public static async Task<IResult> SignInAsync(HttpContext http, IValidator<SignInRequest> validator, JudgeDbContext db, IPasswordHasher<Recruiter> hasher, CancellationToken cancellationToken)
    {
        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var email = request!.Email!.Trim().ToLowerInvariant();
        var recruiter = await db.Recruiters.SingleOrDefaultAsync(r => r.Email == email, cancellationToken);
        // Hash even for an unknown e-mail, so the answer's timing does not tell which accounts exist.
        var result = hasher.VerifyHashedPassword(recruiter ?? DummyRecruiter, recruiter?.PasswordHash ?? DummyHash.Value, request.Password!);
        if (recruiter is null || result == PasswordVerificationResult.Failed)
        {
            return ProblemResults.Field(StatusCodes.Status401Unauthorized, "Sign-in failed", "password", "the e-mail or the password is wrong");
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            recruiter.PasswordHash = hasher.HashPassword(recruiter, request.Password!);
            await db.SaveChangesAsync(cancellationToken);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, RecruiterAuth.Principal(recruiter, CookieAuthenticationDefaults.AuthenticationScheme));
        var organisation = await db.Organisations.SingleAsync(o => o.Id == recruiter.OrganisationId, cancellationToken);
        return TypedResults.Ok(View(recruiter, organisation));
    }

    public static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> MeAsync(ClaimsPrincipal user, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var (recruiterId, organisationId) = user.Identify();
        var recruiter = await db.Recruiters.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recruiterId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return recruiter is null || organisation is null
            ? ProblemResults.Field(StatusCodes.Status401Unauthorized, "Not signed in", "authorization", "the account no longer exists")
            : TypedResults.Ok(View(recruiter, organisation));
    }

    public static async Task<IResult> CreateKeyAsync(HttpContext http, ClaimsPrincipal user, IValidator<CreateApiKeyRequest> validator, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await Validated.ReadAsync(http.Request, validator, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (recruiterId, organisationId) = user.Identify();
        var key = SecretTokens.New(RecruiterAuth.ApiKeyPrefix);
        var row = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            RecruiterId = recruiterId,
            Name = request!.Name!.Trim(),
            Prefix = key[..10],
            KeyHash = SecretTokens.Hash(key),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/recruiters/api-keys/{row.Id}", new ApiKeyCreated(row.Id, row.Name, row.Prefix, key, row.CreatedAt));
    }

    public static async Task<Ok<List<ApiKeyView>>> ListKeysAsync(ClaimsPrincipal user, JudgeDbContext db, CancellationToken cancellationToken)
    {
        var (_, organisationId) = user.Identify();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.OrganisationId == organisationId).OrderBy(k => k.CreatedAt)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys);
    }

    public static async Task<IResult> RevokeKeyAsync(Guid id, ClaimsPrincipal user, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (_, organisationId) = user.Identify();
        var now = time.GetUtcNow();
        var revoked = await db.ApiKeys.Where(k => k.Id == id && k.OrganisationId == organisationId)
            .ExecuteUpdateAsync(u => u.SetProperty(k => k.RevokedAt, k => k.RevokedAt ?? now), cancellationToken);
        return revoked == 0
            ? ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown API key", "id", $"there is no API key {id} in your organisation")
            : TypedResults.NoContent();
    }

    private static readonly Recruiter DummyRecruiter = new() { Email = string.Empty, Name = string.Empty, PasswordHash = string.Empty };

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<Recruiter>().HashPassword(DummyRecruiter, "not a password anyone has"));

    private static async Task<(Recruiter? Recruiter, IResult? Problem)> CreateRecruiterAsync(
        JudgeDbContext db, IPasswordHasher<Recruiter> hasher, TimeProvider time, Guid organisationId, string name, string email, string password, CancellationToken cancellationToken)
    {
        var normalised = email.Trim().ToLowerInvariant();
        var taken = ProblemResults.Field(StatusCodes.Status409Conflict, "E-mail taken", "email", $"an account with e-mail {normalised} exists already");
        if (await db.Recruiters.AnyAsync(r => r.Email == normalised, cancellationToken))
        {
            return (null, taken);
        }

        var recruiter = new Recruiter { Id = Guid.CreateVersion7(), OrganisationId = organisationId, Email = normalised, Name = name.Trim(), PasswordHash = string.Empty, CreatedAt = time.GetUtcNow() };
        recruiter.PasswordHash = hasher.HashPassword(recruiter, password);
        db.Recruiters.Add(recruiter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Validated.IsUniqueViolation(e))
        {
            return (null, taken);
        }

        return (recruiter, null);
    }

    private static RecruiterView View(Recruiter r, Organisation o) => new(r.Id, r.Name, r.Email, o.Id, o.Name);
}
