// What a page is: a title and its content, built once its data has loaded.

import { h } from "../shared/dom";
import type { Recruiter } from "./types";

export interface Page {
  /** The h1's words; document.title becomes "<title> · Judge". */
  readonly title: string;
  readonly content: Node[];
}

export interface PageContext {
  /** Aborted when the page is left: stops polling and ignores late answers. */
  readonly signal: AbortSignal;
  readonly recruiter: Recruiter | null;
  signedIn(recruiter: Recruiter): void;
}

/** The page's h1, focusable from script so navigation can move focus to it. */
export const pageHeading = (text: string) => h("h1", { tabindex: -1 }, text);
