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
  plotUrl: string;
}

export interface TimelineEntry {
  at: string;
  /** "snapshot", "run" or "submission". */
  kind: string;
  language: string;
  code: string;
  runId: string | null;
  /** "examples" or "custom" for runs. */
  runKind: string | null;
  verdict: string | null;
}
