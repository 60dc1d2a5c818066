// The pages around the assessment itself: before the start, after the end, and when the session
// cannot be read at all.

import { ApiError } from "../shared/api";
import { h, replace } from "../shared/dom";
import { Drafts, storagePrefix } from "./drafts";
import type { CandidateApi, SessionView, TaskView } from "./session";
import { describeError, isDisabled, setDisabled, showAlert } from "./ui";

/** What views need of the app: the API, and a way to show the view of a (re-read) session. */
export interface Shell {
  readonly api: CandidateApi;
  readonly token: string;
  readonly root: HTMLElement;
  show(session: SessionView): void;
  /** Re-reads the session and shows its view. */
  reload(): Promise<void>;
}

/** A shown view; dispose stops its timers when another view replaces it. */
export interface View {
  dispose(): void;
}

const FinishedPollMs = 5000;
const noView: View = { dispose: () => undefined };

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function page(...children: (Node | string | null)[]): HTMLElement {
  // tabindex -1: the skip link and view changes can move the focus here.
  return h("main", { id: "main", tabindex: -1 }, ...children);
}

export function startView(shell: Shell, session: SessionView): View {
  const message = h("div");
  const start = h("button", { type: "button", class: "primary" }, "Start the assessment");
  start.addEventListener("click", async () => {
    if (isDisabled(start)) return;
    setDisabled(start, true);
    try {
      shell.show(await shell.api.start());
    } catch (error) {
      setDisabled(start, false);
      // Started meanwhile (another tab): show that session.
      if (error instanceof ApiError && error.status === 409) await shell.reload();
      else showAlert(message, describeError(error));
    }
  });
  const count = session.tasks.length;
  replace(
    shell.root,
    page(
      h("h1", { tabindex: -1 }, session.assessmentTitle),
      h("p", {}, `Hello ${session.candidateName}.`),
      h("p", {}, `You have ${plural(session.durationMinutes, "minute")} for ${plural(count, "task")}. The clock starts when you press the button below and cannot be paused.`),
      h("h2", {}, "Tasks"),
      h("ol", {}, ...session.tasks.map((t) => h("li", {}, `${t.title} (${t.difficulty})`))),
      h("h2", {}, "How it works"),
      h(
        "ul",
        {},
        h("li", {}, `Languages you can use: ${session.languages.join(", ")}.`),
        h("li", {}, "Your code is saved as you type, in this browser and on the server: a reload or a lost connection loses nothing."),
        h("li", {}, "Run your code on the examples or on your own input as often as you like."),
        h("li", {}, "Submit each task when you are done with it. When the time is up, the latest saved code of every task you have not submitted is handed in for you."),
        h("li", {}, "Everything works with the keyboard alone."),
      ),
      h("p", { class: "muted" }, `This invitation is valid until ${when(session.expiresAt)}.`),
      message,
      start,
    ),
  );
  return noView;
}

/** After the end: finished early, time up (the deadline passed), or the invitation expired unused. */
export function finishedView(shell: Shell, session: SessionView): View {
  // Nothing can be saved any more: the browser need not keep the candidate's code.
  Drafts.clear(storagePrefix(shell.token));
  if (session.state === "expired") {
    replace(
      shell.root,
      page(
        h("h1", { tabindex: -1 }, session.assessmentTitle),
        h("p", {}, `Time is up: this invitation expired on ${when(session.expiresAt)} before the assessment was started. Ask the recruiter for a new link.`),
      ),
    );
    return noView;
  }

  const deadlinePassed = session.finishedAt === null || (session.deadline !== null && Date.parse(session.finishedAt) >= Date.parse(session.deadline));
  const list = h("ul", { class: "task-states" });
  replace(
    shell.root,
    page(
      h("h1", { tabindex: -1 }, session.assessmentTitle),
      h(
        "p",
        {},
        deadlinePassed
          ? `Time is up: the assessment ended at ${when(session.deadline ?? session.serverTime)}.`
          : `You have finished the assessment, ${session.candidateName}.`,
        " Thank you: the recruiter will be in touch.",
      ),
      h("h2", {}, "Your tasks"),
      list,
    ),
  );

  // Until the server has closed the session (its deadline job), automatic submissions are still coming.
  let timer: number | undefined;
  const render = (current: SessionView) => {
    replace(list, ...current.tasks.map((t, i) => h("li", {}, `Task ${i + 1}: ${t.title} — ${taskState(t, current.finishedAt !== null)}`)));
    if (current.finishedAt !== null) return;
    timer = window.setTimeout(async () => {
      try {
        render(await shell.api.session());
      } catch {
        render(current);
      }
    }, FinishedPollMs);
  };
  render(session);
  return { dispose: () => window.clearTimeout(timer) };
}

function taskState(task: TaskView, closed: boolean): string {
  if (task.submitted) return task.submitted.automatic ? "Submitted automatically" : "Submitted";
  return closed ? "No code was handed in" : "Waiting for the server to hand in your latest code…";
}

/** The session could not be read: an unknown link, or no connection (then a way to try again). */
export function problemView(shell: Shell, error: unknown): View {
  const unknown = error instanceof ApiError && error.status === 404;
  const retry = h("button", { type: "button" }, "Try again");
  retry.addEventListener("click", () => void shell.reload());
  replace(
    shell.root,
    page(
      h("h1", { tabindex: -1 }, unknown ? "Invitation not found" : "The assessment cannot be loaded"),
      h("p", { role: "alert" }, describeError(error)),
      unknown ? null : retry,
    ),
  );
  return noView;
}
