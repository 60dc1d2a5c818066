// Autosave. Every change is written to localStorage first, so a reload, a crash or a lost
// connection loses nothing; the server gets it after a pause in typing, and again (with retries)
// until it has answered. On load the newer of the browser's copy and the server's wins.

import { ApiError } from "../shared/api";
import type { CandidateApi, DraftView } from "./session";

const SaveDelayMs = 1000;
const RetryDelayMs = 5000;
/**
 * A copy the server never confirmed can be stamped a moment before the server's save of the
 * previous keystrokes (that request was in flight when the page closed): it still wins by this much.
 */
const UnconfirmedGraceMs = 30_000;

export type SaveState = "saved" | "saving" | "offline";

export const saveStateText: Record<SaveState, string> = {
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline: kept in this browser, will save when back",
};

/** A draft as this browser keeps it; updatedAt is in the server's clock (ms), to compare with the server's drafts. */
export interface LocalDraft {
  code: string;
  updatedAt: number;
  /** Not yet confirmed by the server. */
  pending: boolean;
}

interface Unsaved {
  ordinal: number;
  language: string;
  code: string;
}

export interface DraftEvents {
  onState(state: SaveState): void;
  /** The server refused a draft for good: 409 (time up, task submitted) or 400 (too large). */
  onRefused(error: ApiError, ordinal: number): void;
}

/** Where this browser keeps one invitation's drafts. */
export const storagePrefix = (token: string) => `judge:${token}`;

export class Drafts {
  /** The latest code the server has not confirmed, by storage key. */
  private readonly unsaved = new Map<string, Unsaved>();
  private readonly sending = new Map<string, Promise<void>>();
  private readonly listeners = new AbortController();
  private offline = false;
  private state: SaveState = "saved";
  private timer: number | undefined;
  /** Set by a 429: how long the server asked us to wait before the next save. */
  private retryAfterMs: number | undefined;
  /** Server time minus this browser's time, so local timestamps compare with the server's. */
  private clockOffsetMs = 0;

  constructor(
    private readonly api: CandidateApi,
    private readonly prefix: string,
    private readonly events: DraftEvents,
  ) {
    const signal = this.listeners.signal;
    window.addEventListener("online", () => void this.flush(), { signal });
    // The page may be closing: send what is unsaved with requests that outlive it.
    window.addEventListener("beforeunload", () => this.sendOnExit(), { signal });
    document.addEventListener(
      "visibilitychange",
      () => {
        if (document.visibilityState === "hidden") this.sendOnExit();
      },
      { signal },
    );
  }

  dispose(): void {
    this.listeners.abort();
    window.clearTimeout(this.timer);
  }

  syncClock(serverTime: string): void {
    this.clockOffsetMs = Date.parse(serverTime) - Date.now();
  }

  /**
   * The code to show for a task in a language: the newer of this browser's copy and the server's.
   * A newer browser copy (typed while offline, or just before a reload) is sent again.
   */
  restore(ordinal: number, language: string, server: DraftView | undefined): LocalDraft | null {
    const remote = server ? { code: server.code, updatedAt: Date.parse(server.updatedAt), pending: false } : null;
    const local = this.read(ordinal, language);
    const newer = (l: LocalDraft, r: LocalDraft) => l.updatedAt > r.updatedAt || (l.pending && r.updatedAt - l.updatedAt < UnconfirmedGraceMs);
    if (local && local.code !== remote?.code && (!remote || newer(local, remote))) {
      this.unsaved.set(this.key(ordinal, language), { ordinal, language, code: local.code });
      this.schedule(0);
      return local;
    }
    return remote;
  }

  /** The candidate changed the code: keep it here now, send it after a pause. */
  change(ordinal: number, language: string, code: string): void {
    this.write(ordinal, language, { code, updatedAt: Date.now() + this.clockOffsetMs, pending: true });
    this.unsaved.set(this.key(ordinal, language), { ordinal, language, code });
    this.schedule(SaveDelayMs);
  }

  /** A submitted task takes no more drafts. */
  forget(ordinal: number): void {
    for (const [key, entry] of this.unsaved) if (entry.ordinal === ordinal) this.unsaved.delete(key);
    this.report();
  }

  /** Sends everything unsaved now; resolves once every request has answered (or failed). */
  async flush(): Promise<void> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const waits = [...this.sending.values()];
    for (const key of this.unsaved.keys()) if (!this.sending.has(key)) waits.push(this.send(key));
    await Promise.all(waits);
  }

  /** Keeps a small choice of the candidate's (the task shown, a task's language) across reloads. */
  remember(name: string, value: string): void {
    this.setItem(`${this.prefix}:${name}`, value);
  }

  recall(name: string): string | null {
    return this.getItem(`${this.prefix}:${name}`);
  }

  /** Once the session is over the browser need not keep the candidate's code. */
  static clear(prefix: string): void {
    try {
      const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
      for (const key of keys) if (key?.startsWith(`${prefix}:`)) localStorage.removeItem(key);
    } catch {
      // Storage unavailable: nothing was kept.
    }
  }

  private send(key: string): Promise<void> {
    const entry = this.unsaved.get(key)!;
    const request = this.api.saveDraft(entry.ordinal, entry.language, entry.code).then(
      (saved) => {
        this.offline = false;
        // Typed again meanwhile: that newer code stays unsaved and goes next.
        if (this.unsaved.get(key) === entry) {
          this.unsaved.delete(key);
          this.write(entry.ordinal, entry.language, { code: entry.code, updatedAt: Date.parse(saved.savedAt), pending: false });
        }
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 429) {
          // Rate-limited: the code stays unsaved (and in this browser) and goes again when allowed.
          this.retryAfterMs = Math.max(1, error.retryAfterSeconds ?? RetryDelayMs / 1000) * 1000;
        } else if (error instanceof ApiError && error.status < 500) {
          if (this.unsaved.get(key) === entry) this.unsaved.delete(key);
          this.events.onRefused(error, entry.ordinal);
        } else {
          // Unreachable or a server fault: the code is safe here; try again shortly.
          this.offline = true;
        }
      },
    ).finally(() => {
      this.sending.delete(key);
      const wait = this.retryAfterMs ?? (this.offline ? RetryDelayMs : 0);
      this.retryAfterMs = undefined;
      if (this.unsaved.size > 0 && this.timer === undefined) this.schedule(wait);
      this.report();
    });
    this.sending.set(key, request);
    this.report();
    return request;
  }

  private schedule(delayMs: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
    this.report();
  }

  private sendOnExit(): void {
    for (const { ordinal, language, code } of this.unsaved.values()) {
      // keepalive lets the request finish after the page is gone; failures are fine, the code is kept here.
      fetch(this.api.draftUrl(ordinal), {
        method: "PUT",
        keepalive: true,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ language, code }),
      }).catch(() => undefined);
    }
  }

  private report(): void {
    const next: SaveState = this.unsaved.size === 0 && this.sending.size === 0 ? "saved" : this.offline && this.unsaved.size > 0 ? "offline" : "saving";
    if (next === this.state) return;
    this.state = next;
    this.events.onState(next);
  }

  private key(ordinal: number, language: string): string {
    return `${this.prefix}:task${ordinal}:draft:${language}`;
  }

  private read(ordinal: number, language: string): LocalDraft | null {
    const text = this.getItem(this.key(ordinal, language));
    if (text === null) return null;
    try {
      const draft = JSON.parse(text) as Partial<LocalDraft>;
      return typeof draft.code === "string" && typeof draft.updatedAt === "number" ? { code: draft.code, updatedAt: draft.updatedAt, pending: draft.pending !== false } : null;
    } catch {
      return null;
    }
  }

  private write(ordinal: number, language: string, draft: LocalDraft): void {
    this.setItem(this.key(ordinal, language), JSON.stringify(draft));
  }

  // Storage can be full or disabled (private windows): autosave to the server still works.
  private getItem(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  private setItem(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // See getItem.
    }
  }
}
