// Labelled form controls and their errors: a field's message sits under it (aria-describedby,
// aria-invalid="true"); anything not about one field goes to the form's role="alert".

import { ApiError, NetworkError } from "../shared/api";
import { h } from "../shared/dom";

let lastId = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++lastId}`;

export interface Field {
  /** What goes into the form. */
  readonly element: HTMLElement;
  readonly label: string;
  /** True for the API's name of this field (as in ProblemDetails "errors"). */
  accepts(apiField: string): boolean;
  setError(message: string | null): void;
  focus(): void;
}

interface Described {
  label: string;
  apiFields: string[];
  element: HTMLElement;
  /** Gets aria-describedby. */
  described: HTMLElement;
  /** Get aria-invalid. */
  invalid: HTMLElement[];
  hintId: string | null;
  error: HTMLElement;
  focus(): void;
}

function field(parts: Described): Field {
  const { described, invalid, hintId, error } = parts;
  const names = parts.apiFields.map((n) => n.toLowerCase());
  return {
    element: parts.element,
    label: parts.label,
    accepts: (apiField) => names.includes(apiField.toLowerCase()),
    setError(message) {
      error.textContent = message ?? "";
      error.hidden = message === null;
      for (const control of invalid) {
        if (message === null) control.removeAttribute("aria-invalid");
        else control.setAttribute("aria-invalid", "true");
      }
      const ids = [hintId, message === null ? null : error.id].filter((id): id is string => id !== null);
      if (ids.length > 0) described.setAttribute("aria-describedby", ids.join(" "));
      else described.removeAttribute("aria-describedby");
    },
    focus: parts.focus,
  };
}

const errorSlot = (id: string) => h("p", { id: `${id}-error`, class: "field-error", hidden: true });

const hintSlot = (id: string, hint: string | undefined) => (hint ? h("p", { id: `${id}-hint`, class: "hint" }, hint) : null);

type Attributes = Record<string, string | number | boolean | undefined | null>;

export interface InputOptions {
  label: string;
  /** The API's field names whose errors show under this input. */
  apiFields: string[];
  hint?: string;
  attributes?: Attributes;
}

export function inputField(options: InputOptions): Field & { control: HTMLInputElement } {
  const id = uniqueId("field");
  const hint = hintSlot(id, options.hint);
  const control = h("input", { id, name: options.apiFields[0], ...options.attributes, "aria-describedby": hint?.id });
  const error = errorSlot(id);
  const element = h("div", { class: "field" }, h("label", { for: id }, options.label), hint, control, error);
  const made = field({ label: options.label, apiFields: options.apiFields, element, described: control, invalid: [control], hintId: hint?.id ?? null, error, focus: () => control.focus() });
  return { ...made, control };
}

export interface Choice {
  value: string;
  label: string;
  selected?: boolean;
}

export function selectField(options: InputOptions & { choices: Choice[] }): Field & { control: HTMLSelectElement } {
  const id = uniqueId("field");
  const hint = hintSlot(id, options.hint);
  const control = h("select", { id, name: options.apiFields[0], ...options.attributes, "aria-describedby": hint?.id },
    ...options.choices.map((c) => h("option", { value: c.value, selected: c.selected }, c.label)));
  const error = errorSlot(id);
  const element = h("div", { class: "field" }, h("label", { for: id }, options.label), hint, control, error);
  const made = field({ label: options.label, apiFields: options.apiFields, element, described: control, invalid: [control], hintId: hint?.id ?? null, error, focus: () => control.focus() });
  return { ...made, control };
}

/** A fieldset of checkboxes; `checked()` lists the values ticked, in the choices' order. */
export function checkboxGroup(options: { legend: string; apiFields: string[]; choices: Choice[] }): Field & { checked(): string[] } {
  const id = uniqueId("group");
  const boxes = options.choices.map((c) => h("input", { type: "checkbox", name: options.apiFields[0], value: c.value, checked: c.selected }));
  const error = errorSlot(id);
  const element = h("fieldset", { id },
    h("legend", {}, options.legend),
    ...boxes.map((box, i) => h("label", { class: "checkbox" }, box, options.choices[i].label)),
    error);
  const made = field({ label: options.legend, apiFields: options.apiFields, element, described: element, invalid: boxes, hintId: null, error, focus: () => boxes[0]?.focus() });
  return { ...made, checked: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

/** Ends `text` with one full stop. */
export const asSentence = (text: string) => text.replace(/\.?$/, ".");

/** One sentence for an error that is not about a field. */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) return "The server cannot be reached. Check your connection and try again.";
  if (error instanceof ApiError) return error.message;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

/** The errors of one form: under the fields they name, the rest (and a summary) in its alert. */
export class FormFeedback {
  readonly alert: HTMLElement = h("div", { role: "alert", class: "form-alert error" });

  constructor(private readonly fields: readonly Field[]) {}

  clear(): void {
    this.alert.textContent = "";
    for (const f of this.fields) f.setError(null);
  }

  show(error: unknown): void {
    if (error instanceof ApiError && Object.keys(error.problem.errors ?? {}).length > 0) {
      this.showProblem(error.problem.title ?? "The form has errors.", error.problem.errors!);
    } else {
      this.alert.textContent = describeError(error);
    }
  }

  /** Puts each message under its field and focuses the first field at fault. */
  showProblem(title: string, errors: Record<string, string[]>): void {
    const byField = new Map<Field, string[]>();
    const other: string[] = [];
    for (const [name, messages] of Object.entries(errors)) {
      const target = this.fields.find((f) => f.accepts(name));
      if (target) byField.set(target, [...(byField.get(target) ?? []), ...messages]);
      else other.push(...messages);
    }
    const marked = this.fields.filter((f) => byField.has(f));
    for (const f of marked) f.setError(byField.get(f)!.join(" "));
    const sentences = [...other];
    if (marked.length > 0) {
      const labels = marked.map((f) => f.label);
      const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
      sentences.unshift(`${asSentence(title)} See the ${marked.length === 1 ? "message" : "messages"} under ${list}.`);
    }
    this.alert.textContent = sentences.join(" ");
    marked[0]?.focus();
  }
}

/**
 * Runs `action` on submit (once at a time), with the form's errors cleared first and shown after
 * a failure. The button stays enabled (a disabled button would drop keyboard focus); a second
 * submit while one is on its way is ignored.
 */
export function onSubmit(form: HTMLFormElement, feedback: FormFeedback, action: () => Promise<void>): void {
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute("aria-busy", "true");
    feedback.clear();
    action()
      .catch((error: unknown) => feedback.show(error))
      .finally(() => {
        busy = false;
        form.removeAttribute("aria-busy");
      });
  });
}
