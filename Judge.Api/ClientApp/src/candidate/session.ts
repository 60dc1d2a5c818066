// The candidate API's shapes (Judge.Api/Candidates/CandidateContracts.cs, camelCase) and its calls,
// all scoped by the invitation token in the page's address.

import { get, post, put } from "../shared/api";

export type SessionState = "invited" | "expired" | "in-progress" | "finished";

export interface SessionView {
  assessmentTitle: string;
  candidateName: string;
  state: SessionState;
  durationMinutes: number;
  serverTime: string;
  expiresAt: string;
  startedAt: string | null;
  deadline: string | null;
  finishedAt: string | null;
  remainingSeconds: number | null;
  languages: string[];
  tasks: TaskView[];
}

export interface TaskView {
  ordinal: number;
  title: string;
  difficulty: string;
  /** The statement, signature and skeletons: null until the session has started. */
  task: ProblemDetail | null;
  /** Newest first. */
  drafts: DraftView[];
  submitted: SubmittedView | null;
}

export interface ProblemDetail {
  id: string;
  title: string;
  difficulty: string;
  statement: { markdown: string; html: string };
  signature: { returns: string; params: { name: string; type: string }[] };
  skeletons: Record<string, string>;
  examples: { args: unknown[]; expected: unknown }[];
  languages: string[];
  memoryMb: number;
}

export interface DraftView {
  language: string;
  code: string;
  updatedAt: string;
}

export interface SubmittedView {
  submittedAt: string;
  automatic: boolean;
}

export interface DraftSaved {
  taskOrdinal: number;
  language: string;
  savedAt: string;
  snapshotTaken: boolean;
}

export interface RunAccepted {
  id: string;
  state: string;
  poll: string;
  events: string;
}

export interface RunView {
  id: string;
  taskOrdinal: number;
  kind: "examples" | "custom";
  language: string;
  state: "Queued" | "Running" | "Completed";
  verdict: string | null;
  compile: { ok: boolean; output: string } | null;
  input: unknown;
  tests: RunTestView[];
  createdAt: string;
  completedAt: string | null;
}

export interface RunTestView {
  ordinal: number;
  name: string;
  verdict: string;
  cpuMs: number;
  wallMs: number;
  message: string | null;
  args: unknown;
  output: unknown;
  expected: unknown;
}

/** The token is the last segment of /candidate/{token}. */
export function tokenFromLocation(): string {
  const segments = window.location.pathname.split("/").filter((s) => s.length > 0);
  return decodeURIComponent(segments[segments.length - 1] ?? "");
}

/** The calls of one candidate's session. */
export class CandidateApi {
  readonly base: string;

  constructor(token: string) {
    this.base = `/api/candidate/${encodeURIComponent(token)}`;
  }

  session(): Promise<SessionView> {
    return get<SessionView>(this.base);
  }

  start(): Promise<SessionView> {
    return post<SessionView>(`${this.base}/start`);
  }

  finish(): Promise<SessionView> {
    return post<SessionView>(`${this.base}/finish`);
  }

  draftUrl(ordinal: number): string {
    return `${this.base}/tasks/${ordinal}/draft`;
  }

  saveDraft(ordinal: number, language: string, code: string): Promise<DraftSaved> {
    return put<DraftSaved>(this.draftUrl(ordinal), { language, code });
  }

  /** No input runs the examples; an input is the argument list of one call. */
  run(ordinal: number, language: string, code: string, input?: unknown[]): Promise<RunAccepted> {
    return post<RunAccepted>(`${this.base}/tasks/${ordinal}/runs`, input === undefined ? { language, code } : { language, code, input });
  }

  submit(ordinal: number, language: string, code: string): Promise<unknown> {
    return post<unknown>(`${this.base}/tasks/${ordinal}/submit`, { language, code });
  }
}
