using Judge.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace Judge.Core.Data;

/// <summary>Tables of the assessment product: organisations, recruiters, assessments, invitations, sessions and their work.</summary>
internal static class AssessmentModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(e =>
        {
            e.ToTable("organisations");
            e.Property(o => o.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<Recruiter>(e =>
        {
            e.ToTable("recruiters");
            e.Property(r => r.Email).HasMaxLength(254);
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.PasswordHash).HasMaxLength(200);
            e.HasIndex(r => r.Email).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.KeyHash).HasMaxLength(64);
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Recruiter>().WithMany().HasForeignKey(k => k.RecruiterId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Assessment>(e =>
        {
            e.ToTable("assessments");
            e.Property(a => a.Title).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Recruiter>().WithMany().HasForeignKey(a => a.CreatedByRecruiterId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(a => a.Tasks).WithOne().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            // Every recruiter page lists by organisation.
            e.HasIndex(a => new { a.OrganisationId, a.CreatedAt });
        });

        modelBuilder.Entity<AssessmentTask>(e =>
        {
            e.ToTable("assessment_tasks");
            e.Property(t => t.ProblemId).HasMaxLength(64);
            e.HasIndex(t => new { t.AssessmentId, t.Ordinal }).IsUnique();
        });

        modelBuilder.Entity<Invitation>(e =>
        {
            e.ToTable("invitations");
            e.Property(i => i.CandidateName).HasMaxLength(200);
            e.Property(i => i.CandidateEmail).HasMaxLength(254);
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasIndex(i => i.AssessmentId);
            e.HasOne<Assessment>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(i => i.Session).WithOne().HasForeignKey<CandidateSession>(s => s.InvitationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CandidateSession>(e =>
        {
            e.ToTable("candidate_sessions");
            e.Property(s => s.FinishReason).HasMaxLength(16);
            e.Property(s => s.DeadlineJobId).HasMaxLength(64);
            // Start happens once: a second insert for the same invitation fails.
            e.HasIndex(s => s.InvitationId).IsUnique();
            // The overdue-session sweep looks for open sessions past their deadline.
            e.HasIndex(s => new { s.FinishedAt, s.Deadline });
        });

        modelBuilder.Entity<Draft>(e =>
        {
            e.ToTable("drafts");
            e.Property(d => d.Language).HasMaxLength(16);
            e.HasIndex(d => new { d.SessionId, d.TaskOrdinal, d.Language }).IsUnique();
            e.HasOne<CandidateSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DraftSnapshot>(e =>
        {
            e.ToTable("draft_snapshots");
            e.Property(d => d.Language).HasMaxLength(16);
            e.HasIndex(d => new { d.SessionId, d.TaskOrdinal, d.SavedAt });
            e.HasOne<CandidateSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TaskRun>(e =>
        {
            e.ToTable("task_runs");
            e.Property(r => r.ProblemId).HasMaxLength(64);
            e.Property(r => r.Language).HasMaxLength(16);
            e.Property(r => r.Kind).HasMaxLength(16);
            e.Property(r => r.JobId).HasMaxLength(64);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Verdict).HasConversion(v => v == null ? null : v.Value.ToWire(), s => s == null ? null : VerdictNames.Parse(s)).HasMaxLength(32);
            e.HasIndex(r => new { r.SessionId, r.CreatedAt });
            // The run queue's wait estimate reads the latest completed runs.
            e.HasIndex(r => r.CompletedAt);
            e.HasOne<CandidateSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Tests).WithOne().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RunTestResult>(e =>
        {
            e.ToTable("run_test_results");
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Verdict).HasConversion(v => v.ToWire(), s => VerdictNames.Parse(s)).HasMaxLength(32);
            e.Property(t => t.Message).HasMaxLength(4000);
            e.HasIndex(t => new { t.RunId, t.Ordinal }).IsUnique();
        });

        modelBuilder.Entity<FinalSubmission>(e =>
        {
            e.ToTable("final_submissions");
            // One final submission per task: the key itself refuses a second.
            e.HasKey(f => new { f.SessionId, f.TaskOrdinal });
            e.HasIndex(f => f.SubmissionId).IsUnique();
            e.HasOne<CandidateSession>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
