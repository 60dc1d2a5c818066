// One task of the session: statement, language, editor, runs and the final submission. A panel
// lives as long as the session view (only the shown one is in the page), so switching tasks keeps
// each editor's code, cursor and undo history.

import { StateEffect } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { ApiError } from "../shared/api";
import { announce, h, replace } from "../shared/dom";
import { createEditor, languageLabels, type CodeEditor } from "../shared/editor";
import type { Drafts } from "./drafts";
import { describeTest, followRun, summarize } from "./runs";
import type { CandidateApi, ProblemDetail, RunTestView, RunView, SubmittedView, TaskView } from "./session";
import { clearAlert, confirmDialog, describeError, isDisabled, setDisabled, showAlert } from "./ui";

export interface PanelContext {
  readonly api: CandidateApi;
  readonly drafts: Drafts;
  /** A 409: the session changed under this page (time up, finished, submitted in another tab). */
  onConflict(): void;
  /** The candidate submitted this task here. */
  onSubmitted(ordinal: number): void;
}

const labelOf = (language: string) => languageLabels[language] ?? language;
const json = (value: unknown) => JSON.stringify(value);

export class TaskPanel {
  readonly element: HTMLElement;
  readonly ordinal: number;
  readonly title: string;
  private readonly detail: ProblemDetail;
  private readonly languages: string[];
  /** The code of each language in this task, as last typed or restored (drafts are per language). */
  private readonly codes = new Map<string, string>();
  private language: string;
  private readonly editor: CodeEditor;
  private submitted: SubmittedView | null = null;
  private locked = false;

  private readonly status = h("div");
  private readonly runExamples = h("button", { type: "button" }, "Run examples");
  private readonly runCustom = h("button", { type: "button" }, "Run custom input");
  private readonly input: HTMLTextAreaElement;
  private readonly inputError: HTMLElement;
  private readonly runMessage = h("div");
  private readonly results: HTMLElement;
  private readonly resultsBody = h("div");
  private readonly submitButton = h("button", { type: "button", class: "primary" }, "Submit task");
  private readonly submitMessage = h("div");

  /** `number` is the task's place in the list (Task 1, Task 2); ordinals are the API's keys. */
  constructor(
    task: TaskView & { task: ProblemDetail },
    readonly number: number,
    private readonly context: PanelContext,
  ) {
    this.ordinal = task.ordinal;
    this.title = task.title;
    this.detail = task.task;
    this.languages = this.detail.languages;
    this.language = this.restoreDrafts(task);
    const id = `task-${this.ordinal}`;

    const select = h("select", { id: `${id}-language` }, ...this.languages.map((l) => h("option", { value: l, selected: l === this.language }, labelOf(l))));
    select.addEventListener("change", () => this.switchLanguage(select.value));

    const editorHost = h("div", { class: "editor" });
    this.editor = createEditor(editorHost, "Code editor", this.codeFor(this.language), this.language, (code) => this.changed(code));
    this.editor.view.dispatch({ effects: StateEffect.appendConfig.of(EditorView.contentAttributes.of({ "aria-describedby": `${id}-hint` })) });

    this.input = h("textarea", { id: `${id}-input`, rows: 3, spellcheck: "false", "aria-describedby": `${id}-input-help ${id}-input-error` });
    const first = this.detail.examples[0];
    if (first) this.input.value = json(first.args);
    this.inputError = h("div", { id: `${id}-input-error` });

    this.results = h("section", { class: "results", "aria-labelledby": "results-heading" }, h("h2", { id: "results-heading" }, "Results"), this.resultsBody);
    replace(this.resultsBody, h("p", { class: "muted" }, "No runs yet: run the examples or your own input to see the results here."));

    this.runExamples.addEventListener("click", () => void this.run(false));
    this.runCustom.addEventListener("click", () => void this.run(true));
    this.submitButton.addEventListener("click", () => void this.submit());

    this.element = h(
      "div",
      { class: "task" },
      this.statement(task, id),
      h(
        "section",
        { class: "work", "aria-labelledby": `${id}-code` },
        h("h2", { id: `${id}-code` }, "Your solution"),
        this.status,
        h("div", { class: "field" }, h("label", { for: `${id}-language` }, "Language"), select),
        h("p", { id: `${id}-hint`, class: "muted" }, "Tab indents; press Escape then Tab to leave the editor."),
        editorHost,
        h("div", { class: "actions" }, this.runExamples),
        h(
          "div",
          { class: "field wide" },
          h("label", { for: `${id}-input` }, "Custom input (JSON array of arguments)"),
          this.input,
          h("p", { id: `${id}-input-help`, class: "muted" }, `One value per parameter, in order: ${this.parameterList()}.`),
          this.inputError,
        ),
        h("div", { class: "actions" }, this.runCustom),
        this.runMessage,
      ),
      this.results,
      h("div", { class: "submit-area" }, this.submitButton, this.submitMessage),
    );

    if (task.submitted) this.markSubmitted(task.submitted);
  }

  get isSubmitted(): boolean {
    return this.submitted !== null;
  }

  /** Called once the panel is in the page: the editor measures itself there. */
  shown(): void {
    this.editor.view.requestMeasure();
  }

  /** Submitted here, in another tab, or by the server at the deadline: the code is final. */
  markSubmitted(submitted: SubmittedView): void {
    this.submitted = submitted;
    this.context.drafts.forget(this.ordinal);
    this.editor.setReadOnly(true);
    this.submitButton.remove();
    replace(
      this.status,
      h("p", { class: "submitted-note", tabindex: -1 }, submitted.automatic ? "Submitted automatically" : "Submitted", ": the code of this task is final."),
    );
  }

  /** Time is up: nothing can change any more. */
  lock(): void {
    this.locked = true;
    this.editor.setReadOnly(true);
    for (const button of [this.runExamples, this.runCustom, this.submitButton]) setDisabled(button, true);
  }

  /** Restores every language's code and picks the language to show: the one last shown, else the one last edited. */
  private restoreDrafts(task: TaskView): string {
    const { drafts } = this.context;
    let newest: { language: string; updatedAt: number } | null = null;
    for (const language of this.languages) {
      const draft = drafts.restore(this.ordinal, language, task.drafts.find((d) => d.language === language));
      if (!draft) continue;
      this.codes.set(language, draft.code);
      if (!newest || draft.updatedAt > newest.updatedAt) newest = { language, updatedAt: draft.updatedAt };
    }
    const remembered = drafts.recall(`task${this.ordinal}:language`);
    if (remembered && this.languages.includes(remembered)) return remembered;
    return newest?.language ?? this.languages[0];
  }

  private codeFor(language: string): string {
    return this.codes.get(language) ?? this.detail.skeletons[language] ?? "";
  }

  private changed(code: string): void {
    this.codes.set(this.language, code);
    this.context.drafts.change(this.ordinal, this.language, code);
  }

  private switchLanguage(language: string): void {
    const hadDraft = this.codes.has(language);
    this.language = language;
    this.editor.setCode(this.codeFor(language), language);
    this.context.drafts.remember(`task${this.ordinal}:language`, language);
    announce(`${labelOf(language)}: ${hadDraft ? "your draft" : "the starting code"} is in the editor`);
  }

  private statement(task: TaskView, id: string): HTMLElement {
    const { signature, examples } = this.detail;
    const table = h(
      "table",
      { "aria-labelledby": `${id}-examples` },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Example"), ...signature.params.map((p) => h("th", { scope: "col" }, p.name)), h("th", { scope: "col" }, "Expected"))),
      h(
        "tbody",
        {},
        ...examples.map((e, i) =>
          h("tr", {}, h("th", { scope: "row" }, String(i + 1)), ...e.args.map((a) => h("td", {}, h("code", {}, json(a)))), h("td", {}, h("code", {}, json(e.expected)))),
        ),
      ),
    );
    return h(
      "section",
      { class: "statement", "aria-labelledby": `${id}-title` },
      h("h2", { id: `${id}-title` }, this.title),
      h("p", { class: "muted" }, `Difficulty: ${task.difficulty}`),
      statementBody(this.detail.statement.html),
      h("h3", {}, "Signature"),
      h(
        "p",
        {},
        signature.params.length === 0 ? "Your function takes no arguments" : "Your function takes ",
        ...signature.params.flatMap((p, i) => [i === 0 ? "" : ", ", h("code", {}, `${p.name}: ${p.type}`)]),
        " and returns ",
        h("code", {}, signature.returns),
        ".",
      ),
      h("h3", { id: `${id}-examples` }, "Examples"),
      examples.length === 0 ? h("p", {}, "This task has no examples.") : table,
    );
  }

  private parameterList(): string {
    const params = this.detail.signature.params;
    return params.length === 0 ? "none" : params.map((p) => `${p.name} (${p.type})`).join(", ");
  }

  private async run(custom: boolean): Promise<void> {
    if (isDisabled(this.runExamples) || this.locked) return;
    clearAlert(this.runMessage);
    let input: unknown[] | undefined;
    if (custom) {
      const parsed = this.parseInput();
      if (!parsed) return;
      input = parsed;
    }
    this.setRunning(true);
    const running = custom ? `Running your input ${json(input)}…` : "Running the examples…";
    replace(this.resultsBody, h("p", {}, running));
    // Also replaces the last run's "Run finished" in the live region.
    announce(running);
    try {
      const accepted = await this.context.api.run(this.ordinal, this.language, this.editor.getCode(), input);
      const kind = custom ? "custom" : "examples";
      followRun(accepted, {
        onTests: (tests) => this.showTests(running, tests, kind),
        onDone: (run) => this.finished(run),
        onError: (error) => this.failed(error),
      });
    } catch (error) {
      this.failed(error);
    }
  }

  private setRunning(running: boolean): void {
    setDisabled(this.runExamples, running || this.locked);
    setDisabled(this.runCustom, running || this.locked);
    this.results.setAttribute("aria-busy", String(running));
  }

  private showTests(heading: string, tests: RunTestView[], kind: RunView["kind"]): HTMLUListElement {
    const list = h("ul", { "aria-label": "Run results", class: "tests" }, ...tests.map((t) => h("li", { class: t.verdict === "OK" ? "ok" : "bad" }, describeTest(t, kind))));
    replace(this.resultsBody, h("p", {}, heading), list);
    return list;
  }

  private finished(run: RunView): void {
    this.setRunning(false);
    const summary = summarize(run);
    // The visible line differs from the announcement so that the page does not show the same sentence twice.
    const heading = run.kind === "custom" ? `Your input ${json(run.input)}:` : `${summary[0].toUpperCase()}${summary.slice(1)}.`;
    const list = this.showTests(heading, run.tests, run.kind);
    if (run.compile && !run.compile.ok) {
      list.remove();
      // Focusable so keyboard users can scroll long compiler output.
      this.resultsBody.append(h("pre", { class: "compile-output", tabindex: 0, "aria-label": "Compiler output" }, run.compile.output));
    }
    announce(`Run finished: ${summary}`);
  }

  private failed(error: unknown): void {
    this.setRunning(false);
    replace(this.resultsBody, h("p", { class: "muted" }, "The run did not finish."));
    if (error instanceof ApiError && error.status === 429 && error.fieldErrors("queue").length > 0) {
      showAlert(this.runMessage, `The judges are busy: try again in ${error.retryAfterSeconds ?? 60} s`);
    } else if (error instanceof ApiError && error.status === 429) {
      showAlert(this.runMessage, `Too many runs: try again in ${error.retryAfterSeconds ?? 60} s`);
    } else if (error instanceof ApiError && Object.keys(error.problem.errors ?? {}).some((k) => k.toLowerCase().startsWith("input"))) {
      this.inputProblem(error.message);
    } else {
      showAlert(this.runMessage, describeError(error));
      if (error instanceof ApiError && error.status === 409) this.context.onConflict();
    }
  }

  /** The custom input as an argument list, or null after saying what is wrong with it. */
  private parseInput(): unknown[] | null {
    const params = this.detail.signature.params;
    const rule = `Custom input must be a JSON array, one value per parameter (${this.parameterList()})`;
    const text = this.input.value.trim();
    if (text === "") return this.inputProblem(`${rule}; it is empty.`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return this.inputProblem(`${rule}; it is not valid JSON: ${describeError(error)}`);
    }
    if (!Array.isArray(value)) return this.inputProblem(`${rule}; it is a JSON ${value === null ? "null" : typeof value}.`);
    if (value.length !== params.length) {
      return this.inputProblem(`${rule}; it holds ${value.length} value${value.length === 1 ? "" : "s"}, not ${params.length}.`);
    }
    this.input.removeAttribute("aria-invalid");
    clearAlert(this.inputError);
    return value as unknown[];
  }

  private inputProblem(message: string): null {
    this.input.setAttribute("aria-invalid", "true");
    showAlert(this.inputError, message);
    this.input.focus();
    return null;
  }

  private async submit(): Promise<void> {
    if (isDisabled(this.submitButton) || this.submitted || this.locked) return;
    const confirmed = await confirmDialog(
      `Submit Task ${this.number}: ${this.title}?`,
      [
        "Your submission is final for this task: you cannot change its code afterwards.",
        `The ${labelOf(this.language)} code now in the editor is judged on hidden tests.`,
      ],
      "Submit",
    );
    if (!confirmed) return;
    clearAlert(this.submitMessage);
    setDisabled(this.submitButton, true);
    try {
      await this.context.api.submit(this.ordinal, this.language, this.editor.getCode());
    } catch (error) {
      setDisabled(this.submitButton, false);
      showAlert(this.submitMessage, describeError(error));
      if (error instanceof ApiError && error.status === 409) this.context.onConflict();
      return;
    }
    this.markSubmitted({ submittedAt: new Date().toISOString(), automatic: false });
    this.context.onSubmitted(this.ordinal);
    // The button that had the focus is gone: the note that replaces it takes it.
    this.status.querySelector<HTMLElement>(".submitted-note")?.focus();
    announce(`Task ${this.number} submitted`);
  }
}

/** The statement's HTML (our own Markdown, rendered by the server with raw HTML off), its headings moved under the task's h2. */
function statementBody(html: string): HTMLElement {
  const body = h("div", { class: "statement-body" });
  body.innerHTML = html;
  const headings = Array.from(body.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6"));
  const top = Math.min(...headings.map((e) => Number(e.tagName[1])));
  for (const heading of headings) {
    const level = Math.min(6, Number(heading.tagName[1]) - top + 3);
    const moved = document.createElement(`h${level}`);
    if (heading.id) moved.id = heading.id;
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
  }
  return body;
}
