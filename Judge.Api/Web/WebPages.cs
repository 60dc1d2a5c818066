using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Web;

/// <summary>
/// Serves the built web pages (Judge.Api/ClientApp, built by Vite into client/ beside the API's
/// binaries): the candidate app at /candidate/{token} and the recruiter pages under /recruiter/.
/// </summary>
public static class WebPages
{
    public const string ClientDirectoryKey = "Web:ClientDirectory";

    public static WebApplication MapWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var directory = Path.GetFullPath(app.Configuration[ClientDirectoryKey] ?? Path.Combine(AppContext.BaseDirectory, "client"));
        var built = File.Exists(Path.Combine(directory, "candidate.html"));
        if (built)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(directory),
                // Vite names assets by content hash: they never change under one name.
                OnPrepareResponse = c =>
                {
                    if (c.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                    {
                        c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    }
                },
            });
        }

        IResult Page(HttpContext context, string file)
        {
            if (!built)
            {
                return TypedResults.Problem(
                    title: "The web pages are not built",
                    detail: $"No {file} in {directory}: build Judge.Api (it runs 'npm ci && npm run build' in Judge.Api/ClientApp) or set {ClientDirectoryKey}.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache";
            // The candidate's link holds its secret token: never send it to another site as a referrer.
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            // CodeMirror styles itself with <style> elements, hence 'unsafe-inline' for styles only.
            headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
            return TypedResults.PhysicalFile(Path.Combine(directory, file), "text/html; charset=utf-8");
        }

        app.MapGet("/", () => TypedResults.Redirect("/recruiter/")).ExcludeFromDescription();
        app.MapGet("/candidate/{token}", (HttpContext c) => Page(c, "candidate.html")).ExcludeFromDescription();
        app.MapGet("/recruiter/{**path}", (HttpContext c) => Page(c, "recruiter.html")).ExcludeFromDescription();
        return app;
    }
}
