// A task's "Similarity" section: other candidates' final submissions of the same task that match
// this one, each with the matching regions side by side. Matching lines are marked three ways, so
// colour is never the only sign: a <mark>, a "▶" in the gutter with the region's number, and a list
// that names the line ranges in words.

import { h } from "../../shared/dom";
import { languageName, lineRange, percent } from "../format";
import { uniqueId } from "../forms";
import { paths } from "../router";
import type { FinalSubmission, SimilarityMatch, TaskReport } from "../types";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function similaritySection(task: TaskReport, s: FinalSubmission): Node[] {
  const heading = h("h3", {}, "Similarity");
  const scope = `${plural(task.similarityCompared, "other final submission", "other final submissions")} of this task in ${languageName(s.language)} by your organisation's candidates`;
  const flagged = task.similarity.filter((m) => m.flagged);
  const closest = task.similarity.filter((m) => !m.flagged);
  const nodes: Node[] = [heading];
  if (flagged.length === 0) {
    nodes.push(h("p", {}, "No similar submissions", task.similarityCompared > 0 ? ` among ${scope}.` : " (no other candidate has submitted this task in this language)."));
  } else {
    nodes.push(h("p", {}, `${plural(flagged.length, "similar submission", "similar submissions")} among ${scope}. Names and layout are ignored: renamed variables still match.`));
    nodes.push(...flagged.map((m) => matchView(task, s, m)));
  }
  if (closest.length > 0) {
    nodes.push(h("p", { class: "hint" }, "Closest submissions below the threshold: ",
      ...closest.flatMap((m, i) => [i > 0 ? ", " : "", otherLink(m), ` ${percent(m.score * 100)}`])));
  }
  return nodes;
}

function otherLink(m: SimilarityMatch): HTMLElement {
  return h("a", { href: paths.report(m.assessmentId, m.invitationId) }, `${m.candidateName} (${m.assessmentTitle})`);
}

function matchView(task: TaskReport, s: FinalSubmission, m: SimilarityMatch): HTMLElement {
  const headingId = uniqueId("similar");
  const regions = h("ol", { class: "similar-regions" }, ...m.regions.map((r) =>
    h("li", {}, `${capitalised(lineRange(r.own.startLine, r.own.endLine))} of this code ${r.own.startLine === r.own.endLine ? "matches" : "match"} ` +
      `${lineRange(r.other.startLine, r.other.endLine)} of ${m.candidateName}'s (${plural(r.tokens, "token", "tokens")})`)));
  return h("section", { class: "similar", "aria-labelledby": headingId },
    h("h4", { id: headingId }, "Similar to ", otherLink(m), `: ${percent(m.coverage * 100)} of this code matches (${percent(m.otherCoverage * 100)} of theirs)`),
    m.sameEmail ? h("p", { class: "hint" }, "Same e-mail address as this candidate: possibly the same person in another assessment.") : null,
    h("p", {}, `${plural(m.matchedTokens, "token", "tokens")} matched in ${plural(m.regions.length, "region", "regions")}, numbered in the code below:`),
    regions,
    h("div", { class: "side-by-side" },
      codeFigure(`This candidate's code for ${task.title}`, s.code, m.regions.map((r) => r.own)),
      codeFigure(`${m.candidateName}'s code for ${task.title} (${m.assessmentTitle})`, m.otherCode, m.regions.map((r) => r.other))));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The whole code with line numbers; lines in a matched region carry the region's number and a ▶, and are marked. */
function codeFigure(caption: string, code: string, ranges: { startLine: number; endLine: number }[]): HTMLElement {
  const captionId = uniqueId("code-caption");
  const text = code.endsWith("\n") ? code.slice(0, -1) : code;
  const width = String(text.split("\n").length).length;
  const rows = text.split("\n").map((line, i) => {
    const number = i + 1;
    const region = ranges.findIndex((r) => number >= r.startLine && number <= r.endLine);
    const matched = region >= 0;
    return h("span", { class: matched ? "code-line matched" : "code-line" },
      h("span", { class: "gutter", "aria-hidden": "true" }, matched ? `${region + 1}▶` : ""),
      h("span", { class: "line-number" }, String(number).padStart(width, " ")),
      " ",
      matched ? h("mark", {}, line) : line);
  });
  // Focusable so a keyboard user can scroll it; named by its caption.
  return h("figure", { class: "compare" },
    h("figcaption", { id: captionId }, caption),
    h("pre", { tabindex: 0, role: "group", "aria-labelledby": captionId }, ...rows));
}
