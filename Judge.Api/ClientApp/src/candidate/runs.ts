// Following a practice run: server-sent events ('test' per finished test, then 'done' with the
// whole run), or polling the run every second when the stream fails (a proxy that buffers it, a
// dropped connection, the stream's own time limit).

import { ApiError, get } from "../shared/api";
import type { RunAccepted, RunTestView, RunView } from "./session";

const PollIntervalMs = 1000;
const GiveUpAfterMs = 5 * 60 * 1000;

export interface RunProgress {
  /** The tests finished so far, in order. */
  onTests(tests: RunTestView[]): void;
  /** The whole run: its tests are final (they may correct streamed ones). */
  onDone(run: RunView): void;
  onError(error: Error): void;
}

export function followRun(accepted: RunAccepted, progress: RunProgress): void {
  const tests: RunTestView[] = [];
  let done = false;
  const source = new EventSource(accepted.events);
  source.addEventListener("test", (event: MessageEvent<string>) => {
    const test = JSON.parse(event.data) as RunTestView;
    tests.splice(0, tests.length, ...tests.filter((t) => t.ordinal !== test.ordinal), test);
    tests.sort((a, b) => a.ordinal - b.ordinal);
    progress.onTests([...tests]);
  });
  source.addEventListener("done", (event: MessageEvent<string>) => {
    done = true;
    source.close();
    progress.onDone(JSON.parse(event.data) as RunView);
  });
  source.addEventListener("error", () => {
    source.close();
    if (!done) void poll(accepted.poll, progress);
  });
}

async function poll(url: string, progress: RunProgress): Promise<void> {
  const giveUpAt = performance.now() + GiveUpAfterMs;
  while (performance.now() < giveUpAt) {
    try {
      const run = await get<RunView>(url);
      if (run.state === "Completed") {
        progress.onDone(run);
        return;
      }
      progress.onTests(run.tests);
    } catch (error) {
      // A network error is worth another try; an answer like 404 is not.
      if (error instanceof ApiError) {
        progress.onError(error);
        return;
      }
    }
    await new Promise((resolve) => window.setTimeout(resolve, PollIntervalMs));
  }
  progress.onError(new Error("The run is taking too long to finish. Try running it again."));
}

const show = (value: unknown) => JSON.stringify(value ?? null);

/** One line per test: "example-1: OK (3 ms)", "example-2: WRONG_ANSWER — got 1, expected 6". */
export function describeTest(test: RunTestView, kind: RunView["kind"]): string {
  const head = `${test.name}: ${test.verdict}`;
  if (test.verdict === "OK") {
    const time = `${head} (${Math.round(test.wallMs)} ms)`;
    // A custom input has no answer of its own to compare with: show what the code returned.
    return kind === "custom" ? `${time} — returned ${show(test.output)}` : time;
  }
  if (test.verdict === "WRONG_ANSWER") {
    const detail = test.message?.startsWith("got ") ? test.message : `got ${show(test.output)}, expected ${show(test.expected)}`;
    return `${head} — ${detail}`;
  }
  return test.message ? `${head} — ${test.message}` : head;
}

/** "2 of 3 examples passed", "compilation failed", or a custom input's one line. */
export function summarize(run: RunView): string {
  if (run.compile && !run.compile.ok) return "compilation failed";
  if (run.tests.length === 0) return `no results (${run.verdict ?? "unknown"}); try again`;
  if (run.kind === "custom") return describeTest(run.tests[0], run.kind);
  const passed = run.tests.filter((t) => t.verdict === "OK").length;
  return `${passed} of ${run.tests.length} example${run.tests.length === 1 ? "" : "s"} passed`;
}
