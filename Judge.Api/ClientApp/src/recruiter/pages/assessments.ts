// The organisation's assessments, newest first.

import { get } from "../../shared/api";
import { h } from "../../shared/dom";
import { dateTime, minutes } from "../format";
import { pageHeading, type Page } from "../page";
import { paths } from "../router";
import type { Assessment } from "../types";

export async function assessmentsPage(): Promise<Page> {
  const assessments = await get<Assessment[]>("/api/assessments");
  const rows = assessments.map((a) =>
    h("tr", {},
      h("td", {}, h("a", { href: paths.assessment(a.id) }, a.title)),
      h("td", {}, a.tasks.map((t) => t.title).join("; ")),
      h("td", {}, minutes(a.durationMinutes)),
      h("td", {}, dateTime(a.createdAt))));
  const table = h("table", {},
    h("caption", {}, "Your organisation's assessments"),
    h("thead", {}, h("tr", {}, ...["Title", "Tasks", "Duration", "Created"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows));
  const content: Node[] = [
    pageHeading("Assessments"),
    h("p", {}, h("a", { href: paths.newAssessment, class: "button primary" }, "New assessment")),
    table,
  ];
  if (assessments.length === 0) content.push(h("p", {}, "No assessments yet: create one to invite candidates."));
  return { title: "Assessments", content };
}
