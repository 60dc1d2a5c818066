// The running assessment: a header (title, countdown, autosave state, Finish), the task switcher
// and the shown task. The session is re-read every half minute, when the page comes back into view
// and when the connection returns: that re-syncs the clock and notices changes made elsewhere
// (a task submitted in another tab, the session finished).

import { ApiError } from "../shared/api";
import { h, replace } from "../shared/dom";
import { Countdown } from "./countdown";
import { Drafts, saveStateText, storagePrefix } from "./drafts";
import type { ProblemDetail, SessionView, TaskView } from "./session";
import { TaskPanel } from "./task-panel";
import { clearAlert, confirmDialog, describeError, isDisabled, setDisabled, showAlert } from "./ui";
import type { Shell, View } from "./views";

const RefreshMs = 30_000;
/** After the time is up: how often to look whether the server has handed in the drafts. */
const ClosingRefreshMs = 5_000;

const hasDetail = (task: TaskView): task is TaskView & { task: ProblemDetail } => task.task !== null;

export class Workspace implements View {
  private readonly drafts: Drafts;
  private readonly countdown: Countdown;
  private readonly panels: TaskPanel[];
  private readonly switcher = new Map<number, HTMLButtonElement>();
  private readonly saveState = h("span", { id: "save-state", role: "status", class: "save-state" }, saveStateText.saved);
  private readonly finishButton = h("button", { type: "button" }, "Finish assessment");
  private readonly messages = h("div");
  private readonly taskSlot = h("div");
  private readonly listeners = new AbortController();
  private refreshTimer: number | undefined;
  private disposed = false;

  constructor(
    private readonly shell: Shell,
    session: SessionView,
  ) {
    this.drafts = new Drafts(shell.api, storagePrefix(shell.token), {
      onState: (state) => (this.saveState.textContent = saveStateText[state]),
      onRefused: (error, ordinal) => this.refused(error, ordinal),
    });
    this.drafts.syncClock(session.serverTime);
    this.countdown = new Countdown(() => this.timeUp());

    const context = {
      api: shell.api,
      drafts: this.drafts,
      onConflict: () => void this.refresh(),
      onSubmitted: (ordinal: number) => this.markSwitcher(ordinal),
    };
    this.panels = session.tasks.flatMap((task, i) => (hasDetail(task) ? [new TaskPanel(task, i + 1, context)] : []));
    const missing = session.tasks.filter((t) => !hasDetail(t));

    this.finishButton.addEventListener("click", () => void this.finish());
    const nav = h(
      "nav",
      { "aria-label": "Tasks", class: "task-switcher" },
      h("ul", {}, ...this.panels.map((panel) => h("li", {}, this.switcherButton(panel)))),
    );
    replace(
      shell.root,
      h("header", { class: "bar" }, h("h1", { tabindex: -1 }, session.assessmentTitle), h("span", { class: "spacer" }), this.countdown.element, this.saveState, this.finishButton),
      nav,
      h(
        "main",
        { id: "main", tabindex: -1 },
        this.messages,
        ...missing.map((t) => h("p", { class: "warn" }, `The task “${t.title}” cannot be shown right now: reload the page in a minute.`)),
        this.taskSlot,
      ),
    );

    const remembered = this.drafts.recall("task");
    const first = this.panels.find((p) => String(p.ordinal) === remembered) ?? this.panels[0];
    if (first) this.show(first);
    for (const panel of this.panels) if (panel.isSubmitted) this.markSwitcher(panel.ordinal);
    this.countdown.sync(session.remainingSeconds ?? 0);

    const signal = this.listeners.signal;
    window.addEventListener("online", () => void this.refresh(), { signal });
    document.addEventListener(
      "visibilitychange",
      () => {
        if (document.visibilityState === "visible") void this.refresh();
      },
      { signal },
    );
    this.scheduleRefresh(RefreshMs);
  }

  dispose(): void {
    this.disposed = true;
    this.countdown.stop();
    this.drafts.dispose();
    this.listeners.abort();
    window.clearTimeout(this.refreshTimer);
  }

  private switcherButton(panel: TaskPanel): HTMLButtonElement {
    const button = h("button", { type: "button" }, `Task ${panel.number}: ${panel.title}`);
    button.addEventListener("click", () => this.show(panel));
    this.switcher.set(panel.ordinal, button);
    return button;
  }

  private show(panel: TaskPanel): void {
    for (const [ordinal, button] of this.switcher) {
      if (ordinal === panel.ordinal) button.setAttribute("aria-current", "page");
      else button.removeAttribute("aria-current");
    }
    replace(this.taskSlot, panel.element);
    panel.shown();
    this.drafts.remember("task", String(panel.ordinal));
  }

  /**
   * A check mark for the eyes and a description for screen readers (an attribute, not text, so that
   * the page holds no hidden "Submitted" text); the button's name stays "Task n: title".
   */
  private markSwitcher(ordinal: number): void {
    const button = this.switcher.get(ordinal);
    if (!button || button.hasAttribute("aria-description")) return;
    button.append(h("span", { "aria-hidden": "true", class: "done-mark" }, " ✓"));
    button.setAttribute("aria-description", "Submitted");
  }

  private async refresh(): Promise<void> {
    window.clearTimeout(this.refreshTimer);
    let session: SessionView | null = null;
    try {
      session = await this.shell.api.session();
    } catch {
      // Unreachable: the countdown keeps interpolating until the next try.
    }
    if (this.disposed || (session && !this.apply(session))) return;
    this.scheduleRefresh(this.countdown.isOver ? ClosingRefreshMs : RefreshMs);
  }

  /** Takes in a fresh read of the session; false once nothing more will change here. */
  private apply(session: SessionView): boolean {
    this.drafts.syncClock(session.serverTime);
    for (const task of session.tasks) {
      const panel = this.panels.find((p) => p.ordinal === task.ordinal);
      if (task.submitted && panel && !panel.isSubmitted) {
        panel.markSubmitted(task.submitted);
        this.markSwitcher(task.ordinal);
      }
    }
    if (session.state === "in-progress") {
      this.countdown.sync(session.remainingSeconds ?? 0);
      return true;
    }
    if (!this.countdown.isOver) {
      // Finished in another tab, or the deadline passed while this page was asleep.
      this.shell.show(session);
      return false;
    }
    // Time is up here: look again until the server has closed the session and handed in the drafts.
    return session.finishedAt === null;
  }

  private scheduleRefresh(delayMs: number): void {
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => void this.refresh(), delayMs);
  }

  /** The countdown reached zero: the server closes the session and hands in the drafts itself. */
  private timeUp(): void {
    for (const panel of this.panels) panel.lock();
    setDisabled(this.finishButton, true);
    showAlert(this.messages, "Time is up. The editor is read-only now; the latest saved code of every task you had not submitted is handed in for you.");
    void this.drafts.flush();
    this.scheduleRefresh(ClosingRefreshMs);
  }

  private refused(error: ApiError, ordinal: number): void {
    // 409: time up or the task submitted elsewhere; re-reading the session shows which.
    if (error.status === 409) {
      void this.refresh();
      return;
    }
    const panel = this.panels.find((p) => p.ordinal === ordinal);
    showAlert(this.messages, `Your code of Task ${panel?.number ?? ordinal + 1} could not be saved: ${error.message}`);
  }

  private async finish(): Promise<void> {
    if (isDisabled(this.finishButton)) return;
    const open = this.panels.filter((p) => !p.isSubmitted).length;
    const confirmed = await confirmDialog(
      "Finish the assessment?",
      [
        open === 0 ? "All your tasks are submitted." : `${open} of your tasks ${open === 1 ? "is" : "are"} not submitted yet: the latest saved code of each is handed in for you.`,
        "You cannot come back to the assessment afterwards.",
      ],
      "Finish",
    );
    if (!confirmed) return;
    clearAlert(this.messages);
    setDisabled(this.finishButton, true);
    await this.drafts.flush(); // the code typed in the last second is part of what is handed in
    try {
      this.shell.show(await this.shell.api.finish());
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await this.shell.reload();
        return;
      }
      setDisabled(this.finishButton, false);
      showAlert(this.messages, describeError(error));
    }
  }
}
