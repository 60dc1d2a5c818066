// How dates, scores, verdicts and states read on the recruiter pages: always words, never colour alone.

import { languageLabels } from "../shared/editor";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });
const millisecondsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export const dateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** Time of day with seconds, for timeline entries. */
export const timeOfDay = (iso: string) => timeFormat.format(new Date(iso));

export const percent = (value: number) => `${Math.round(value)}%`;

export const milliseconds = (value: number) => `${millisecondsFormat.format(value)} ms`;

export const languageName = (language: string) => languageLabels[language] ?? language;

const verdicts: Record<string, string> = {
  OK: "OK",
  WRONG_ANSWER: "Wrong answer",
  TIMEOUT: "Time limit exceeded",
  RUNTIME_ERROR: "Runtime error",
  MEMORY_LIMIT: "Memory limit exceeded",
  OUTPUT_LIMIT: "Output limit exceeded",
  COMPILE_ERROR: "Compilation error",
  INTERNAL_ERROR: "Internal error (not the candidate's fault)",
};

export const verdictName = (verdict: string) => verdicts[verdict] ?? verdict;

/** The shared colour class for a verdict; the verdict's words always go with it. */
export const verdictClass = (verdict: string) => (verdict === "OK" ? "ok" : verdict === "INTERNAL_ERROR" ? "warn" : "bad");

const states: Record<string, string> = {
  invited: "Invited",
  expired: "Invitation expired",
  "in-progress": "In progress",
  finished: "Finished",
};

export const stateName = (state: string) => states[state] ?? state;

const groupKinds: Record<string, string> = { example: "Example", correctness: "Correctness", performance: "Performance" };

export const groupKindName = (kind: string) => groupKinds[kind] ?? kind;

/** "line 4" or "lines 3–20". */
export const lineRange = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);

export const minutes = (count: number) => `${count} ${count === 1 ? "minute" : "minutes"}`;
