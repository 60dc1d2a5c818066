// One assessment: what it asks, inviting a candidate (the link is shown once), and the candidates.

import { get, post } from "../../shared/api";
import { announce, h, replace } from "../../shared/dom";
import { dateTime, languageName, minutes, stateName } from "../format";
import { FormFeedback, inputField, onSubmit } from "../forms";
import { pageHeading, type Page } from "../page";
import { paths } from "../router";
import type { Assessment, InvitationCreated, SessionSummary } from "../types";

export async function assessmentPage(id: string): Promise<Page> {
  const base = `/api/assessments/${encodeURIComponent(id)}`;
  const [assessment, sessions] = await Promise.all([get<Assessment>(base), get<SessionSummary[]>(`${base}/sessions`)]);

  const candidates = h("div", {});
  const showCandidates = (list: SessionSummary[]) => replace(candidates, ...candidatesTable(assessment.id, list));
  showCandidates(sessions);

  return {
    title: assessment.title,
    content: [
      pageHeading(assessment.title),
      facts(assessment),
      h("h2", {}, "Invite a candidate"),
      ...inviteForm(base, async () => showCandidates(await get<SessionSummary[]>(`${base}/sessions`))),
      h("h2", {}, "Candidates"),
      candidates,
    ],
  };
}

function facts(assessment: Assessment): HTMLElement {
  return h("dl", { class: "facts" },
    h("dt", {}, "Tasks"),
    h("dd", {}, h("ol", {}, ...assessment.tasks.map((t) => h("li", {}, `${t.title} (${t.difficulty})`)))),
    h("dt", {}, "Duration"),
    h("dd", {}, minutes(assessment.durationMinutes)),
    h("dt", {}, "Languages"),
    h("dd", {}, assessment.languages.map(languageName).join(", ")),
    h("dt", {}, "Created"),
    h("dd", {}, dateTime(assessment.createdAt)));
}

function inviteForm(base: string, invited: () => Promise<void>): HTMLElement[] {
  const name = inputField({ label: "Candidate name", apiFields: ["candidateName"], attributes: { type: "text", autocomplete: "off", required: true } });
  const email = inputField({ label: "Candidate email", apiFields: ["candidateEmail"], attributes: { type: "email", autocomplete: "off", required: true } });
  const feedback = new FormFeedback([name, email]);
  const result = h("div", { role: "status", class: "invitation" });
  const form = h("form", { novalidate: true }, feedback.alert, name.element, email.element, h("button", { type: "submit", class: "primary" }, "Invite"));
  onSubmit(form, feedback, async () => {
    const invitation = await post<InvitationCreated>(`${base}/invitations`, { candidateName: name.control.value, candidateEmail: email.control.value });
    replace(result, ...invitationResult(invitation));
    name.control.value = "";
    email.control.value = "";
    await invited();
  });
  return [form, result];
}

function invitationResult(invitation: InvitationCreated): HTMLElement[] {
  const url = location.origin + invitation.candidateUrl;
  const link = h("a", { href: url }, url);
  const copy = h("button", { type: "button" }, "Copy link");
  copy.addEventListener("click", () => {
    // The clipboard API exists only on secure pages (https or localhost).
    const copied = navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject(new Error("no clipboard"));
    copied.then(
      () => announce("Link copied."),
      () => {
        window.getSelection()?.selectAllChildren(link);
        announce("The browser did not allow copying: the link is selected, copy it with Control+C.");
      },
    );
  });
  return [
    h("p", {}, `Invitation created for ${invitation.candidateName}`),
    h("p", { class: "link-line" }, link, " ", copy),
    h("p", { class: "hint" }, `Send this link to ${invitation.candidateEmail}; it is shown only once and works until ${dateTime(invitation.expiresAt)}.`),
  ];
}

function candidatesTable(assessmentId: string, sessions: SessionSummary[]): HTMLElement[] {
  const when = (iso: string | null) => (iso ? dateTime(iso) : "Not yet");
  const rows = sessions.map((s) =>
    h("tr", {},
      h("td", {}, s.candidateName),
      h("td", {}, s.candidateEmail),
      h("td", {}, stateName(s.state)),
      h("td", {}, when(s.startedAt)),
      h("td", {}, when(s.finishedAt)),
      h("td", {}, h("a", { href: paths.report(assessmentId, s.invitationId) }, `Report for ${s.candidateName}`))));
  const table = h("table", {},
    h("caption", {}, "Candidates and their sessions"),
    h("thead", {}, h("tr", {}, ...["Name", "Email", "State", "Started", "Finished", "Report"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows));
  return sessions.length === 0 ? [table, h("p", {}, "No candidate has been invited yet.")] : [table];
}
