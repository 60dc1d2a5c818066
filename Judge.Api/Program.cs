using FluentValidation;
using Hangfire;
using Judge.Api.Admin;
using Judge.Api.Assessments;
using Judge.Api.Candidates;
using Judge.Api.Health;
using Judge.Api.Infrastructure;
using Judge.Api.Problems;
using Judge.Api.Queues;
using Judge.Api.Recruiters;
using Judge.Api.Startup;
using Judge.Api.Submissions;
using Judge.Api.Telemetry;
using Judge.Api.Web;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Telemetry;
using Judge.Problems.Loading;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("JUDGE_");
builder.Logging.AddJudgeConsole(builder.Configuration);
var connectionString = builder.Configuration.GetConnectionString(JudgeStorage.ConnectionStringName)
    ?? throw new InvalidOperationException($"no connection string '{JudgeStorage.ConnectionStringName}' (set ConnectionStrings__{JudgeStorage.ConnectionStringName})");

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddJudgeDatabase(connectionString);
// The API only enqueues: Hangfire client, no server.
builder.Services.AddHangfire(c => c.UseJudgeHangfireStorage(connectionString).UseJudgeTraceContext());
builder.Services.AddValidatorsFromAssemblyContaining<CreateSubmissionRequestValidator>();
builder.Services.AddSingleton(_ => ProblemBank.Load(builder.Configuration["Judging:BankDirectory"] ?? ProblemBank.DefaultDirectory));
builder.Services.AddHostedService<ApiStartup>();
builder.Services.AddScoped<FinalSubmissions>();
builder.Services.AddSingleton<SubmissionFingerprints>();
builder.Services.AddRecruiterAuth();
builder.Services.AddJudgeRateLimits();
builder.Services.AddRunQueueGate();
builder.Services.AddApiHealthChecks();
builder.Services.AddJobsDashboard();
builder.Services.AddApiTelemetry(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthEndpoints();
app.MapJobsDashboard();
app.MapProblemEndpoints();
app.MapSubmissionEndpoints();
app.MapRecruiterEndpoints();
app.MapAssessmentEndpoints();
app.MapCandidateEndpoints();
app.MapWebPages();
app.Run();

/// <summary>The API's entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
