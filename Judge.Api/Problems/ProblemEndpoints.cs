using Judge.Api.Infrastructure;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Markdig;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Problems;

/// <summary>GET /api/problems lists the bank; GET /api/problems/{id} shows one task as a candidate sees it.</summary>
public static class ProblemEndpoints
{
    // Raw HTML in a statement is shown as text: statements are ours, but the page must not trust them.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static IEndpointRouteBuilder MapProblemEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/problems").WithTags("Problems");
        group.MapGet("/", List).WithSummary("List the tasks of the bank");
        group.MapGet("/{id}", Get).WithSummary("Read a task: statement, signature, skeletons, examples").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Ok<List<ProblemSummary>> List(ProblemBank bank) =>
        TypedResults.Ok(bank.All.Select(p => new ProblemSummary(p.Id, p.Title, p.Difficulty, LanguageNames.Judged)).ToList());

    public static Results<Ok<ProblemDetail>, ProblemHttpResult> Get(string id, ProblemBank bank)
    {
        var spec = bank.Find(id);
        if (spec is null)
        {
            return ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown problem", "id", $"there is no problem '{id}'");
        }

        return TypedResults.Ok(ToDetail(spec, LanguageNames.Judged));
    }

    /// <summary>A task as a candidate sees it, with skeletons for <paramref name="languages"/> only.</summary>
    public static ProblemDetail ToDetail(ProblemSpec spec, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new ProblemDetail(
            spec.Id,
            spec.Title,
            spec.Difficulty,
            new StatementView(spec.Statement, Markdig.Markdown.ToHtml(spec.Statement, Markdown)),
            new SignatureView(spec.Signature.Returns.ToString(), [.. spec.Signature.Params.Select(p => new ParameterView(p.Name, p.Type.ToString()))]),
            SkeletonRenderer.All(spec.Signature).Where(s => languages.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value),
            [.. spec.Examples.Select(e => new ExampleView((System.Text.Json.Nodes.JsonArray)e.Args.DeepClone(), e.Expected!.DeepClone()))],
            languages,
            spec.Limits.MemoryMb);
    }
}
