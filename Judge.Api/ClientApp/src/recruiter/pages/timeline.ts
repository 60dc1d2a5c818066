// A task's timeline (drafts saved, runs, the submission) and its playback: a slider over the
// entries that shows the code as it was at each one.

import { clock, h } from "../../shared/dom";
import { createEditor } from "../../shared/editor";
import { announce } from "../../shared/dom";
import { languageName, lineRange, timeOfDay, verdictName } from "../format";
import { uniqueId } from "../forms";
import type { TaskReport, TimelineEntry } from "../types";

function kindName(entry: TimelineEntry): string {
  if (entry.kind === "snapshot") return "draft snapshot";
  if (entry.kind === "submission") return "submission";
  if (entry.kind === "paste") return "paste";
  return entry.runKind === "custom" ? "custom run" : "run of examples";
}

/** "10:04:12 (+4:12) · run of examples · Python · Wrong answer"; "… · paste · Python · Pasted 412 characters (lines 3–20)" */
function describe(entry: TimelineEntry, startedAt: string | null): string {
  const elapsed = startedAt ? ` (+${clock((Date.parse(entry.at) - Date.parse(startedAt)) / 1000)})` : "";
  const parts = [`${timeOfDay(entry.at)}${elapsed}`, kindName(entry), languageName(entry.language)];
  if (entry.paste) parts.push(`Pasted ${entry.paste.characters} characters (${lineRange(entry.paste.lines.startLine, entry.paste.lines.endLine)})`);
  else if (entry.verdict) parts.push(verdictName(entry.verdict));
  else if (entry.kind === "run") parts.push("still running");
  else if (entry.kind === "submission") parts.push("judging");
  return parts.join(" · ");
}

export function timeline(task: TaskReport, startedAt: string | null): Node[] {
  const heading = h("h3", {}, "Timeline");
  if (task.timeline.length === 0) return [heading, h("p", {}, "Nothing was saved or run for this task.")];
  const items = task.timeline.map((entry) => h("li", { class: entry.paste ? "paste" : undefined }, describe(entry, startedAt), pasted(entry)));
  return [heading, h("ol", { class: "timeline" }, ...items), playback(task, items, startedAt)];
}

/** The pasted text, folded away: the timeline stays a list of one line per entry. */
function pasted(entry: TimelineEntry): HTMLElement | null {
  if (!entry.paste) return null;
  const { excerpt, excerptTruncated, characters } = entry.paste;
  return h("details", {},
    h("summary", {}, `Pasted text, ${timeOfDay(entry.at)}`),
    h("pre", { tabindex: 0, role: "group", "aria-label": `Text pasted at ${timeOfDay(entry.at)}` }, excerpt),
    excerptTruncated ? h("p", { class: "hint" }, `The first ${excerpt.length} of ${characters} characters; the playback shows the whole code.`) : null);
}

function playback(task: TaskReport, items: HTMLElement[], startedAt: string | null): HTMLElement {
  const entries = task.timeline;
  const id = uniqueId("playback");
  const range = h("input", { id, type: "range", min: 0, max: entries.length - 1, step: 1, value: 0 });
  const previous = h("button", { type: "button" }, "Previous");
  const next = h("button", { type: "button" }, "Next");
  const position = h("p", { class: "hint" });
  const host = h("div", {});
  const editor = createEditor(host, `Code at the chosen moment for ${task.title}`, entries[0].code, entries[0].language, () => undefined, true);
  let index = 0;

  function show(chosen: number, speak: boolean): void {
    index = Math.min(Math.max(chosen, 0), entries.length - 1);
    const entry = entries[index];
    const text = `Entry ${index + 1} of ${entries.length}: ${describe(entry, startedAt)}`;
    range.value = String(index);
    range.setAttribute("aria-valuetext", text);
    position.textContent = text;
    editor.setCode(entry.code, entry.language);
    items.forEach((item, i) => (i === index ? item.setAttribute("aria-current", "step") : item.removeAttribute("aria-current")));
    // aria-disabled rather than disabled: a disabled button would throw keyboard focus away.
    previous.setAttribute("aria-disabled", String(index === 0));
    next.setAttribute("aria-disabled", String(index === entries.length - 1));
    if (speak) announce(text);
  }

  range.addEventListener("input", () => show(Number(range.value), false));
  previous.addEventListener("click", () => index > 0 && show(index - 1, true));
  next.addEventListener("click", () => index < entries.length - 1 && show(index + 1, true));
  show(0, false);

  return h("div", { class: "playback", role: "group", "aria-label": `Playback for ${task.title}` },
    h("div", { class: "field" }, h("label", { for: id }, `Playback position for ${task.title}`), range),
    h("div", { class: "controls" }, previous, next),
    position,
    host);
}
