using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Judge.Api.Admin;

/// <summary>
/// The Hangfire dashboard at /hangfire, behind recruiter sign-in (cookie or API key) and the
/// Admin:* lists: anonymous 401, a recruiter on neither list 403, an observer read-only, an admin
/// everything. It shows every organisation's jobs (ids only, never code), hence operators only.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";
    public const string Policy = "jobs-dashboard";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddSingleton<IAuthorizationHandler, DashboardAccessHandler>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser().AddRequirements(new DashboardAccessRequirement()));
        // The dashboard's retry/delete forms carry an antiforgery token when the service exists.
        services.AddAntiforgery();
        return services;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admins = app.ServiceProvider.GetRequiredService<IOptionsMonitor<AdminOptions>>();
        app.MapHangfireDashboardWithAuthorizationPolicy(Policy, Path, new DashboardOptions
        {
            DashboardTitle = "Judge jobs",
            AppPath = "/recruiter/",
            IsReadOnlyFunc = context => !admins.CurrentValue.IsAdmin(context.GetHttpContext().User.FindFirstValue(ClaimTypes.Email)),
        });
        return app;
    }

    private sealed class DashboardAccessRequirement : IAuthorizationRequirement;

    private sealed class DashboardAccessHandler(IOptionsMonitor<AdminOptions> admins) : AuthorizationHandler<DashboardAccessRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DashboardAccessRequirement requirement)
        {
            var email = context.User.FindFirstValue(ClaimTypes.Email);
            if (admins.CurrentValue.IsAdmin(email) || admins.CurrentValue.IsObserver(email))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
