// The visible countdown. The server's remainingSeconds is the truth: each session read re-syncs it,
// and between reads the monotonic clock only interpolates (the wall clock may be wrong or change).

import { announce, clock, h } from "../shared/dom";

/** Seconds left at which screen-reader users are warned (sighted users see the timer turn amber). */
const Warnings = [600, 60];
const WarnBelowSeconds = 600;

export class Countdown {
  readonly element: HTMLElement;
  private readonly timer: HTMLElement;
  private endsAt = 0; // performance.now() at the deadline
  private readonly warned = new Set<number>();
  private interval: number | undefined;
  private over = false;

  constructor(private readonly onTimeUp: () => void) {
    this.timer = h("span", { role: "timer", "aria-label": "Time left", class: "timer" });
    // The visible words repeat the timer's name, so screen readers skip them.
    this.element = h("span", { class: "countdown" }, h("span", { "aria-hidden": "true" }, "Time left "), this.timer);
  }

  get isOver(): boolean {
    return this.over;
  }

  sync(remainingSeconds: number): void {
    this.endsAt = performance.now() + remainingSeconds * 1000;
    this.tick();
    // Ticking often keeps the display within a fraction of a second of the true value.
    this.interval ??= window.setInterval(() => this.tick(), 250);
  }

  stop(): void {
    window.clearInterval(this.interval);
  }

  private tick(): void {
    if (this.over) return;
    const seconds = Math.max(0, (this.endsAt - performance.now()) / 1000);
    this.timer.textContent = clock(seconds);
    this.timer.classList.toggle("warn", seconds <= WarnBelowSeconds);
    // Each warning once; on a page opened with 5 minutes left the 10-minute one says "5 minutes left".
    const due = Warnings.filter((w) => seconds <= w && !this.warned.has(w));
    if (due.length > 0 && seconds > 0) {
      due.forEach((w) => this.warned.add(w));
      const minutes = Math.max(1, Math.round(seconds / 60));
      announce(`${minutes} minute${minutes === 1 ? "" : "s"} left`, true);
    }
    if (seconds <= 0) {
      this.over = true;
      this.stop();
      this.onTimeUp();
    }
  }
}
