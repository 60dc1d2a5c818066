// A CodeMirror 6 editor with highlighting for the five judged languages. The language can be
// switched in place; the caller keeps one document per language (drafts are per language).

import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { StreamLanguage, type LanguageSupport } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { java } from "@codemirror/lang-java";
import { cpp } from "@codemirror/lang-cpp";
import { javascript } from "@codemirror/lang-javascript";
import { csharp } from "@codemirror/legacy-modes/mode/clike";
import type { Extension } from "@codemirror/state";

export const languageLabels: Record<string, string> = {
  csharp: "C#",
  python: "Python",
  java: "Java",
  cpp: "C++",
  javascript: "JavaScript",
};

function highlighting(language: string): Extension | LanguageSupport {
  switch (language) {
    case "python": return python();
    case "java": return java();
    case "cpp": return cpp();
    case "javascript": return javascript();
    case "csharp": return StreamLanguage.define(csharp);
    default: return [];
  }
}

export interface CodeEditor {
  readonly view: EditorView;
  getCode(): string;
  /** Replaces the document and its highlighting (a language switch or a loaded draft). */
  setCode(code: string, language: string): void;
  /** Locks or unlocks editing (a submitted task, time up); the code stays readable and focusable. */
  setReadOnly(readOnly: boolean): void;
}

/**
 * Creates an editor in `parent`. `label` names it for screen readers; Tab indents (as people
 * expect in a code editor) and Escape then Tab leaves it, CodeMirror's documented escape hatch,
 * which the page's instructions mention.
 */
export function createEditor(parent: HTMLElement, label: string, code: string, language: string, onChange: (code: string) => void, readOnly = false): CodeEditor {
  const languageSlot = new Compartment();
  const readOnlySlot = new Compartment();
  let loading = false; // setCode is not the candidate typing: no onChange for it
  const extensions: Extension[] = [
    basicSetup,
    keymap.of([indentWithTab]),
    // Escape must always arm "Tab leaves the editor", also when it closes a completion popup:
    // the popup's own Escape binding would otherwise take the key before the editor sees it.
    Prec.highest(EditorView.domEventHandlers({
      keydown(event, view) {
        if (event.key === "Escape") view.setTabFocusMode(2000);
        return false;
      },
    })),
    languageSlot.of(highlighting(language)),
    EditorView.contentAttributes.of({ "aria-label": label }),
    readOnlySlot.of(EditorState.readOnly.of(readOnly)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !loading) onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: code, extensions }) });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(next: string, nextLanguage: string) {
      loading = true;
      try {
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: next },
          effects: languageSlot.reconfigure(highlighting(nextLanguage)),
        });
      } finally {
        loading = false;
      }
    },
    setReadOnly(next: boolean) {
      view.dispatch({ effects: readOnlySlot.reconfigure(EditorState.readOnly.of(next)) });
    },
  };
}
