// A new assessment: a title, two tasks from the bank, a duration and the languages allowed.

import { get, post } from "../../shared/api";
import { h } from "../../shared/dom";
import { languageLabels } from "../../shared/editor";
import { checkboxGroup, FormFeedback, inputField, onSubmit, selectField } from "../forms";
import { pageHeading, type Page } from "../page";
import { navigate, paths } from "../router";
import type { Assessment, ProblemSummary } from "../types";

const defaultDurationMinutes = 90;

/** The bank's first task of each wanted difficulty, in order of preference, and never the same task twice. */
function pick(problems: ProblemSummary[], difficulties: string[], taken?: ProblemSummary): ProblemSummary | undefined {
  for (const difficulty of difficulties) {
    const found = problems.find((p) => p.difficulty === difficulty && p !== taken);
    if (found) return found;
  }
  return problems.find((p) => p !== taken);
}

export async function newAssessmentPage(): Promise<Page> {
  const problems = await get<ProblemSummary[]>("/api/problems");
  const firstPick = pick(problems, ["medium"]);
  // The bank may have no medium-hard task: a hard one, then another medium one, stand in.
  const secondPick = pick(problems, ["medium-hard", "hard", "medium"], firstPick);
  const choices = (selected: ProblemSummary | undefined) =>
    problems.map((p) => ({ value: p.id, label: `${p.title} (${p.difficulty})`, selected: p === selected }));

  const title = inputField({ label: "Title", apiFields: ["title"], attributes: { type: "text", required: true, maxlength: 200 } });
  const first = selectField({ label: "First task (medium)", apiFields: ["tasks", "tasks[0]"], choices: choices(firstPick) });
  const second = selectField({ label: "Second task (medium-hard)", apiFields: ["tasks[1]"], choices: choices(secondPick) });
  const duration = inputField({
    label: "Duration in minutes",
    apiFields: ["durationMinutes"],
    attributes: { type: "number", min: 1, max: 480, step: 1, value: defaultDurationMinutes, required: true },
  });
  const languages = checkboxGroup({
    legend: "Languages",
    apiFields: ["languages"],
    choices: Object.entries(languageLabels).map(([value, label]) => ({ value, label, selected: true })),
  });
  const fields = [title, first, second, duration, languages];
  const feedback = new FormFeedback(fields);
  const form = h("form", { novalidate: true }, feedback.alert, ...fields.map((f) => f.element),
    h("button", { type: "submit", class: "primary" }, "Create assessment"));

  onSubmit(form, feedback, async () => {
    // Two checks the API would word for a program, not a person: the same task twice, and a
    // duration that is not a whole number (an empty one would silently become 90).
    if (first.control.value === second.control.value) {
      feedback.showProblem("The two tasks are the same.", { "tasks[1]": ["choose a task other than the first"] });
      return;
    }
    const durationMinutes = duration.control.valueAsNumber;
    if (!Number.isInteger(durationMinutes)) {
      feedback.showProblem("The duration is not a number.", { durationMinutes: ["durationMinutes must be a whole number of minutes between 1 and 480"] });
      return;
    }
    const created = await post<Assessment>("/api/assessments", {
      title: title.control.value,
      tasks: [first.control.value, second.control.value],
      durationMinutes,
      languages: languages.checked(),
    });
    navigate(paths.assessment(created.id));
  });

  return { title: "New assessment", content: [pageHeading("New assessment"), form] };
}
