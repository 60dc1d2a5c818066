namespace Judge.Core.Hosting;

/// <summary>
/// Properties for a logging scope (a job's id, say): the JSON console writes each as a field of
/// the scope, and the plain console its text, "Job=run, RunId=…".
/// </summary>
public sealed class LogScope : List<KeyValuePair<string, object>>
{
    /// <summary>The scope of one job: its kind and the id of what it works on.</summary>
    public static LogScope Job(string kind, string idName, Guid id) => new() { new("Job", kind), new(idName, id) };

    public override string ToString() => string.Join(", ", this.Select(p => $"{p.Key}={p.Value}"));
}
