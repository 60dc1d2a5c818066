// A candidate's report: time used, then each task. Polled every 3 s while a submission is being
// judged (and a little longer while its complexity is being measured).

import { get } from "../../shared/api";
import { announce, h, replace } from "../../shared/dom";
import { dateTime, minutes, percent, stateName, verdictName } from "../format";
import { pageHeading, type Page, type PageContext } from "../page";
import { paths } from "../router";
import type { SessionReport } from "../types";
import { awaitingComplexity, isJudged, taskSection } from "./report-task";

const pollMilliseconds = 3000;
/** The probe queue has the lowest priority; after a minute the page stops waiting for it. */
const complexityPolls = 20;

export async function reportPage(context: PageContext, id: string, invitationId: string): Promise<Page> {
  const url = `/api/assessments/${encodeURIComponent(id)}/sessions/${encodeURIComponent(invitationId)}/report`;
  const report = await get<SessionReport>(url);
  const summary = h("div", {});
  let shownSummary = "";
  const showSummary = (r: SessionReport) => {
    const key = JSON.stringify([r.state, r.finishedAt, r.timeUsedSeconds, r.totalScore, integrity(r)]);
    if (key !== shownSummary) replace(summary, ...summaryContent(r));
    shownSummary = key;
  };
  showSummary(report);
  const sections = report.tasks.map((t) => taskSection(t, report.startedAt));

  poll(url, report, context.signal, (previous, next) => {
    showSummary(next);
    next.tasks.forEach((task, i) => {
      sections[i]?.update(task, next.startedAt);
      const before = previous.tasks[i]?.submission;
      const after = task.submission;
      if (after && isJudged(after) && !(before && isJudged(before))) announce(`${task.title} judged: ${after.verdict ? verdictName(after.verdict) : "no verdict"}.`);
    });
  });

  return {
    title: `Report: ${report.candidateName}`,
    content: [pageHeading(`Report: ${report.candidateName}`), summary, ...sections.map((s) => s.element)],
  };
}

function summaryContent(r: SessionReport): Node[] {
  const reason = r.finishReason === "deadline" ? " (ended at the deadline)" : r.finishReason === "finished" ? " (ended by the candidate)" : "";
  const facts: [string, string][] = [
    ["Email", r.candidateEmail],
    ["State", stateName(r.state) + reason],
  ];
  if (r.startedAt) {
    const end = r.finishedAt ? `finished ${dateTime(r.finishedAt)}` : r.deadline ? `deadline ${dateTime(r.deadline)}` : "";
    facts.push(["Time", `started ${dateTime(r.startedAt)} → ${end}`]);
  } else {
    facts.push(["Time", "Not started"]);
  }
  if (r.timeUsedSeconds !== null) {
    const used = Math.round(r.timeUsedSeconds / 60);
    facts.push(["Time used", `${used} of ${minutes(r.durationMinutes)} used${r.finishedAt || r.state === "finished" ? "" : " so far"}`]);
  }
  if (r.totalScore !== null) facts.push(["Overall score", `${percent(r.totalScore)} (the mean of the tasks' totals)`]);
  facts.push(...integrity(r));
  return [
    h("p", {}, "Assessment: ", h("a", { href: paths.assessment(r.assessmentId) }, r.assessmentTitle)),
    h("dl", { class: "facts" }, ...facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
  ];
}

/** One line each on similarity and pastes, so a recruiter skimming the summary knows which task to look at. */
function integrity(r: SessionReport): [string, string][] {
  const facts: [string, string][] = [];
  const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (r.tasks.some((t) => t.submission !== null)) {
    const flagged = r.tasks.map((t) => [t.title, t.similarity.filter((m) => m.flagged).length] as const).filter(([, n]) => n > 0);
    facts.push(["Similarity", flagged.length === 0
      ? "Nothing flagged"
      : `Flagged: ${flagged.map(([title, n]) => `${title} (${counted(n, "similar submission", "similar submissions")})`).join("; ")}`]);
  }
  const pastes = r.tasks.map((t) => [t.title, t.timeline.filter((e) => e.kind === "paste").length] as const).filter(([, n]) => n > 0);
  if (pastes.length > 0) facts.push(["Large pastes", pastes.map(([title, n]) => `${title}: ${counted(n, "paste", "pastes")}`).join("; ")]);
  return facts;
}

/** Fetches the report every 3 s while something is still to come; stops when the page is left. */
function poll(url: string, first: SessionReport, signal: AbortSignal, apply: (previous: SessionReport, next: SessionReport) => void): void {
  let report = first;
  let measuring = 0;
  let timer: number | undefined;
  const due = () => {
    if (report.tasks.some((t) => t.submission !== null && !isJudged(t.submission))) return true;
    return report.tasks.some((t) => awaitingComplexity(t.submission)) && measuring++ < complexityPolls;
  };
  const tick = async () => {
    try {
      const next = await get<SessionReport>(url);
      if (signal.aborted) return;
      apply(report, next);
      report = next;
    } catch {
      // A failed poll is simply tried again at the next tick.
    }
    if (!signal.aborted && due()) timer = window.setTimeout(tick, pollMilliseconds);
  };
  signal.addEventListener("abort", () => window.clearTimeout(timer));
  if (due()) timer = window.setTimeout(tick, pollMilliseconds);
}
