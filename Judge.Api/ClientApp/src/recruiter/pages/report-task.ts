// One task of a candidate's report: the final submission's verdict, scores, complexity, groups
// and code, its similarity to other candidates' submissions, then the timeline with its playback.

import { h, replace } from "../../shared/dom";
import { createEditor } from "../../shared/editor";
import { dateTime, groupKindName, languageName, milliseconds, percent, verdictClass, verdictName } from "../format";
import { uniqueId } from "../forms";
import type { FinalSubmission, GroupResult, TaskReport } from "../types";
import { similaritySection } from "./similarity";
import { timeline } from "./timeline";

export const isJudged = (submission: FinalSubmission) => submission.state === "Completed";

/** True while the complexity probe may still come: it runs after the verdict, only for submissions passing every correctness group. */
export const awaitingComplexity = (s: FinalSubmission | null) =>
  s !== null && isJudged(s) && s.complexity === null && s.compile?.ok === true && s.score?.correctness === 100;

export interface TaskSection {
  readonly element: HTMLElement;
  update(task: TaskReport, startedAt: string | null): void;
}

export function taskSection(task: TaskReport, startedAt: string | null): TaskSection {
  const headingId = uniqueId("task");
  const element = h("section", { class: "report-task", "aria-labelledby": headingId });
  let shown = "";
  const update = (next: TaskReport, nextStartedAt: string | null) => {
    // A poll mostly brings nothing new: redraw only on a change, so playback and focus stay put.
    const s = next.submission;
    const similar = next.similarity.map((m) => [m.invitationId, m.flagged, m.score]);
    const key = JSON.stringify([s?.state, s?.verdict, s?.complexity?.summary, next.timeline.length, nextStartedAt, next.similarityCompared, similar]);
    if (key === shown) return;
    shown = key;
    const hadFocus = element.contains(document.activeElement);
    replace(element, ...content(next, nextStartedAt, headingId));
    if (hadFocus) document.getElementById(headingId)?.focus();
  };
  update(task, startedAt);
  return { element, update };
}

function content(task: TaskReport, startedAt: string | null, headingId: string): Node[] {
  const s = task.submission;
  return [
    h("h2", { id: headingId, tabindex: -1 }, `${task.ordinal + 1}. ${task.title}`),
    h("p", { class: "hint" }, `Difficulty: ${task.difficulty}`),
    ...(s === null
      ? [h("p", { class: "verdict" }, "Not submitted")]
      : [...results(task.title, s), h("h3", {}, "Final code"), finalCode(task.title, s), ...similaritySection(task, s)]),
    ...timeline(task, startedAt),
  ];
}

function results(title: string, s: FinalSubmission): Node[] {
  const submitted = h("p", {},
    `Submitted ${s.automatic ? "automatically at the deadline" : "by the candidate"} on ${dateTime(s.submittedAt)}, in ${languageName(s.language)}.`);
  if (!isJudged(s)) return [h("p", { class: "verdict" }, "Judging…"), submitted];
  const nodes: Node[] = [
    h("p", { class: "verdict" }, "Verdict: ", s.verdict ? h("strong", { class: verdictClass(s.verdict) }, verdictName(s.verdict)) : "none (judging failed)"),
  ];
  if (s.score) {
    nodes.push(h("ul", { class: "scores" },
      h("li", {}, `Correctness ${percent(s.score.correctness)}`),
      h("li", {}, `Performance ${percent(s.score.performance)}`),
      h("li", {}, `Total ${percent(s.score.total)}`)));
  }
  nodes.push(submitted);
  if (s.compile && !s.compile.ok) nodes.push(h("h3", {}, "Compiler output"), h("pre", {}, s.compile.output));
  nodes.push(h("h3", {}, "Time complexity"), ...complexity(s));
  if (s.groups.length > 0) nodes.push(h("h3", {}, "Test groups"), groupsTable(title, s.groups));
  return nodes;
}

function complexity(s: FinalSubmission): Node[] {
  if (s.complexity) {
    return [
      h("p", {}, s.complexity.summary),
      ...(s.complexity.reason ? [h("p", {}, `Why: ${s.complexity.reason}.`)] : []),
      h("img", { class: "plot", src: s.complexity.plotUrl, alt: "Running time against input size: this submission beside the reference" }),
    ];
  }
  return [h("p", {}, awaitingComplexity(s)
    ? "Measuring how the running time grows with the input size…"
    : "Not measured: only submissions that pass every correctness test are measured.")];
}

function groupsTable(title: string, groups: GroupResult[]): HTMLElement {
  const rows = groups.map((g) => {
    const passed = g.tests.filter((t) => t.verdict === "OK").length;
    const tests = h("ul", {}, ...g.tests.map((t) =>
      h("li", {}, `${t.name}: `, h("span", { class: verdictClass(t.verdict) }, verdictName(t.verdict)), `, ${milliseconds(t.cpuMs)} CPU`,
        t.message ? h("span", { class: "muted" }, ` (${t.message})`) : null)));
    return h("tr", {},
      h("td", {}, g.name),
      h("td", {}, groupKindName(g.kind)),
      h("td", {}, h("span", { class: verdictClass(g.verdict) }, verdictName(g.verdict))),
      h("td", {}, h("span", {}, `${passed}/${g.tests.length} passed`), h("details", {}, h("summary", {}, `Tests of ${g.name}`), tests)));
  });
  return h("table", { class: "groups" },
    h("caption", {}, `Test groups for ${title}`),
    h("thead", {}, h("tr", {}, ...["Group", "Kind", "Verdict", "Tests"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows));
}

function finalCode(title: string, s: FinalSubmission): HTMLElement {
  const host = h("div", { class: "code" });
  createEditor(host, `Final code for ${title}`, s.code, s.language, () => undefined, true);
  return host;
}
