namespace Judge.Api.Admin;

/// <summary>
/// Who may see the jobs dashboard (Admin:*): recruiters signed in with one of these email
/// addresses. Admins may also retry and delete jobs; observers only look.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Full dashboard: retry, delete, trigger recurring jobs.</summary>
    public IList<string> Emails { get; } = [];

    /// <summary>Read-only dashboard (on-call, support).</summary>
    public IList<string> ObserverEmails { get; } = [];

    public bool IsAdmin(string? email) => Contains(Emails, email);

    public bool IsObserver(string? email) => Contains(ObserverEmails, email);

    private static bool Contains(IEnumerable<string> list, string? email) =>
        !string.IsNullOrWhiteSpace(email) && list.Any(e => string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase));
}
