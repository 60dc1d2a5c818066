using Judge.Core.Judging;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Judge.Core.Data;

/// <summary>The judge's Postgres model: problem versions, submissions and their results.</summary>
public sealed class JudgeDbContext(DbContextOptions<JudgeDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The API's data-protection keys (sign-in cookies), shared by every API instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProblemVersion> ProblemVersions => Set<ProblemVersion>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<GroupResult> GroupResults => Set<GroupResult>();

    public DbSet<TestResult> TestResults => Set<TestResult>();

    public DbSet<ComplexityResult> ComplexityResults => Set<ComplexityResult>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Recruiter> Recruiters => Set<Recruiter>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<CandidateSession> CandidateSessions => Set<CandidateSession>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<DraftSnapshot> DraftSnapshots => Set<DraftSnapshot>();

    public DbSet<TaskRun> TaskRuns => Set<TaskRun>();

    public DbSet<RunTestResult> RunTestResults => Set<RunTestResult>();

    public DbSet<FinalSubmission> FinalSubmissions => Set<FinalSubmission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        modelBuilder.Entity<ProblemVersion>(e =>
        {
            e.ToTable("problem_versions");
            e.HasKey(p => new { p.ProblemId, p.SpecHash });
            e.Property(p => p.ProblemId).HasMaxLength(64);
            e.Property(p => p.SpecHash).HasMaxLength(64);
            e.Property(p => p.Title).HasMaxLength(200);
        });

        modelBuilder.Entity<Submission>(e =>
        {
            e.ToTable("submissions");
            e.Property(s => s.ProblemId).HasMaxLength(64);
            e.Property(s => s.SpecHash).HasMaxLength(64);
            e.Property(s => s.Language).HasMaxLength(16);
            e.Property(s => s.JobId).HasMaxLength(64);
            e.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Verdict).HasConversion(v => v == null ? null : v.Value.ToWire(), s => s == null ? null : VerdictNames.Parse(s)).HasMaxLength(32);
            e.HasOne<ProblemVersion>().WithMany().HasForeignKey(s => new { s.ProblemId, s.SpecHash });
            e.HasMany(s => s.Groups).WithOne().HasForeignKey(g => g.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            // The sweeper looks for submissions stuck in Queued; this keeps that scan cheap.
            e.HasIndex(s => new { s.State, s.CreatedAt });
        });

        modelBuilder.Entity<GroupResult>(e =>
        {
            e.ToTable("group_results");
            e.Property(g => g.Name).HasMaxLength(100);
            e.Property(g => g.Kind).HasMaxLength(16);
            e.Property(g => g.Verdict).HasConversion(v => v.ToWire(), s => VerdictNames.Parse(s)).HasMaxLength(32);
            e.HasMany(g => g.Tests).WithOne().HasForeignKey(t => t.GroupResultId).OnDelete(DeleteBehavior.Cascade);
            // Exactly one result set per submission: a second write of the same group fails.
            e.HasIndex(g => new { g.SubmissionId, g.Ordinal }).IsUnique();
        });

        modelBuilder.Entity<TestResult>(e =>
        {
            e.ToTable("test_results");
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Verdict).HasConversion(v => v.ToWire(), s => VerdictNames.Parse(s)).HasMaxLength(32);
            e.Property(t => t.Message).HasMaxLength(4000);
            e.HasIndex(t => new { t.GroupResultId, t.Ordinal }).IsUnique();
        });

        modelBuilder.Entity<ComplexityResult>(e =>
        {
            e.ToTable("complexity_results");
            // Keyed by the submission: a probe job run twice cannot store two results.
            e.HasKey(c => c.SubmissionId);
            e.HasOne<Submission>().WithOne().HasForeignKey<ComplexityResult>(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Expected).HasMaxLength(32);
            e.Property(c => c.Detected).HasMaxLength(32);
            e.Property(c => c.PointsJson).HasColumnType("jsonb");
            e.Property(c => c.ReferencePointsJson).HasColumnType("jsonb");
            e.Property(c => c.Reference).HasMaxLength(200);
            e.Property(c => c.Message).HasMaxLength(2000);
        });

        AssessmentModel.Configure(modelBuilder);
    }
}
