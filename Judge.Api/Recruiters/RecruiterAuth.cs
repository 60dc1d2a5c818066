using System.Security.Claims;
using System.Text.Encodings.Web;
using Judge.Api.Infrastructure;
using Judge.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Judge.Api.Recruiters;

/// <summary>
/// How recruiters prove who they are: a cookie after sign-in (the browser), or an API key in
/// "Authorization: Bearer jk_..." or "X-Api-Key" (automation). Both yield the same claims: the
/// recruiter's id and their organisation, which every recruiter query filters by.
/// </summary>
public static class RecruiterAuth
{
    public const string Scheme = "Recruiter";
    public const string ApiKeyScheme = "ApiKey";
    public const string OrganisationClaim = "judge:org";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string ApiKeyPrefix = "jk_";

    public static IServiceCollection AddRecruiterAuth(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<Recruiter>, PasswordHasher<Recruiter>>();
        // The cookie's keys live in Postgres: every API instance reads every other's cookies, and a
        // restarted instance (a new pod, a read-only home) does not sign every recruiter out.
        services.AddDataProtection().SetApplicationName("judge").PersistKeysToDbContext<JudgeDbContext>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyHeader) || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "judge.recruiter";
                o.Cookie.HttpOnly = true;
                // Strict: a cross-site page cannot make the browser send it (with JSON-only bodies, the CSRF defence).
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers 401/403, never a redirect to a login page.
                o.Events.OnRedirectToLogin = c => WriteProblemAsync(c.Response, StatusCodes.Status401Unauthorized, "Not signed in", "sign in at POST /api/recruiters/sign-in or send an API key");
                o.Events.OnRedirectToAccessDenied = c => WriteProblemAsync(c.Response, StatusCodes.Status403Forbidden, "Forbidden", "this account may not do that");
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyScheme, null);
        services.AddAuthorization();
        return services;
    }

    public static ClaimsPrincipal Principal(Recruiter recruiter, string scheme)
    {
        ArgumentNullException.ThrowIfNull(recruiter);
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, recruiter.Id.ToString()),
            new Claim(ClaimTypes.Email, recruiter.Email),
            new Claim(ClaimTypes.Name, recruiter.Name),
            new Claim(OrganisationClaim, recruiter.OrganisationId.ToString()),
        ], scheme));
    }

    /// <summary>The signed-in recruiter's id and organisation (endpoints behind RequireAuthorization only).</summary>
    public static (Guid RecruiterId, Guid OrganisationId) Identify(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), Guid.Parse(user.FindFirstValue(OrganisationClaim)!));
    }

    private static Task WriteProblemAsync(HttpResponse response, int status, string title, string detail) =>
        ProblemResults.Field(status, title, "authorization", detail).ExecuteAsync(response.HttpContext);
}

/// <summary>Authenticates a request by its API key: the key's SHA-256 must match a key not revoked.</summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[RecruiterAuth.ApiKeyHeader].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(key) && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = authorization["Bearer ".Length..].Trim();
        }

        if (!key.StartsWith(RecruiterAuth.ApiKeyPrefix, StringComparison.Ordinal) || !SecretTokens.LooksValid(key[RecruiterAuth.ApiKeyPrefix.Length..]))
        {
            return AuthenticateResult.Fail("malformed API key");
        }

        var db = Context.RequestServices.GetRequiredService<JudgeDbContext>();
        var hash = SecretTokens.Hash(key);
        var recruiter = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Join(db.Recruiters, k => k.RecruiterId, r => r.Id, (k, r) => r)
            .SingleOrDefaultAsync(Context.RequestAborted);
        return recruiter is null
            ? AuthenticateResult.Fail("unknown or revoked API key")
            : AuthenticateResult.Success(new AuthenticationTicket(RecruiterAuth.Principal(recruiter, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ProblemResults.Field(StatusCodes.Status401Unauthorized, "Not signed in", "authorization", "the API key is missing, unknown or revoked").ExecuteAsync(Context);
}
