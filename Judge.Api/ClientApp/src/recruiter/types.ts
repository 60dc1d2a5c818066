// The API's answers as the recruiter pages read them (camelCase JSON of Judge.Api's contracts).

export interface Recruiter {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  organisation: string;
}

export interface ProblemSummary {
  id: string;
  title: string;
  difficulty: string;
  languages: string[];
}

export interface AssessmentTask {
  ordinal: number;
  problemId: string;
  title: string;
  difficulty: string;
}

export interface Assessment {
  id: string;
  title: string;
  durationMinutes: number;
  languages: string[];
  tasks: AssessmentTask[];
  createdAt: string;
}

export interface InvitationCreated {
  id: string;
  candidateName: string;
  candidateEmail: string;
  token: string;
  candidateUrl: string;
  apiUrl: string;
  expiresAt: string;
}

/** "invited", "expired", "in-progress" or "finished". */
export type SessionState = string;

export interface SessionSummary {
  invitationId: string;
  candidateName: string;
  candidateEmail: string;
  state: SessionState;
  invitedAt: string;
  expiresAt: string;
  startedAt: string | null;
  deadline: string | null;
  finishedAt: string | null;
  reportUrl: string;
}

export interface SessionReport {
  invitationId: string;
  candidateName: string;
  candidateEmail: string;
  assessmentId: string;
  assessmentTitle: string;
  durationMinutes: number;
  state: SessionState;
  startedAt: string | null;
  deadline: string | null;
  finishedAt: string | null;
  /** "finished" (the candidate ended it) or "deadline". */
  finishReason: string | null;
  timeUsedSeconds: number | null;
  totalScore: number | null;
  tasks: TaskReport[];
}

export interface TaskReport {
  ordinal: number;
  problemId: string;
  title: string;
  difficulty: string;
  submission: FinalSubmission | null;
  timeline: TimelineEntry[];
  /** Flagged matches (most alike first), then the closest few unflagged ones. */
  similarity: SimilarityMatch[];
  /** How many other final submissions (same task, same language, same organisation) were compared. */
  similarityCompared: number;
}

/** Lines, 1-based, both ends included. */
export interface LineRange {
  startLine: number;
  endLine: number;
}

export interface SimilarRegion {
  /** Lines in this candidate's code. */
  own: LineRange;
  /** Lines in the other candidate's code. */
  other: LineRange;
  tokens: number;
}

/** Another candidate's final submission of the same task compared with this one; coverages are 0 to 1. */
export interface SimilarityMatch {
  invitationId: string;
  candidateName: string;
  assessmentId: string;
  assessmentTitle: string;
  reportUrl: string;
  sameEmail: boolean;
  submissionId: string;
  language: string;
  score: number;
  /** The share of this candidate's code in matched regions. */
  coverage: number;
  /** The share of the other candidate's code in matched regions. */
  otherCoverage: number;
  matchedTokens: number;
  flagged: boolean;
  otherCode: string;
  regions: SimilarRegion[];
}

/** A large insertion in one save. */
export interface Paste {
  characters: number;
  newCharacters: number;
  excerpt: string;
  excerptTruncated: boolean;
  lines: LineRange;
}

export interface FinalSubmission {
  submissionId: string;
  automatic: boolean;
  submittedAt: string;
  language: string;
  code: string;
  /** "Queued", "Running" or "Completed". */
  state: string;
  verdict: string | null;
  score: Score | null;
  compile: { ok: boolean; output: string } | null;
  groups: GroupResult[];
  complexity: Complexity | null;
}

/** Percentages, 0 to 100. */
export interface Score {
  correctness: number;
  performance: number;
  total: number;
}

export interface GroupResult {
  name: string;
  kind: string;
  verdict: string;
  tests: TestResult[];
}

export interface TestResult {
  name: string;
  verdict: string;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  message: string | null;
}

export interface Complexity {
  state: string;
  expected: string;
  detected: string | null;
  confident: boolean;
  alternatives: string[];
  summary: string;
  /** Why the answer is undetermined or only probable; absent when confident. */
  reason?: string | null;
  plotUrl: string;
}

export interface TimelineEntry {
  at: string;
  /** "snapshot", "run", "submission" or "paste" (right after the snapshot or submission that brought it). */
  kind: string;
  language: string;
  code: string;
  runId: string | null;
  /** "examples" or "custom" for runs. */
  runKind: string | null;
  verdict: string | null;
  /** For "paste" entries. */
  paste?: Paste | null;
}
