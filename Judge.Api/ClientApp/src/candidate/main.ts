import "../shared/styles.css";
import "./candidate.css";
// The candidate app (see README "Web pages"): reads the session of the token in the address and
// shows the view of its state: before the start, the running assessment, or after the end.

import { CandidateApi, tokenFromLocation, type SessionView } from "./session";
import { finishedView, problemView, startView, type Shell, type View } from "./views";
import { Workspace } from "./workspace";
import { installAnnouncer } from "../shared/dom";

installAnnouncer();
const root = document.getElementById("app")!;
const token = tokenFromLocation();
let current: View | null = null;

const shell: Shell = {
  api: new CandidateApi(token),
  token,
  root,
  show(session: SessionView) {
    const first = current === null;
    current?.dispose();
    current = session.state === "invited" ? startView(shell, session) : session.state === "in-progress" ? new Workspace(shell, session) : finishedView(shell, session);
    // After a change of view (started, finished) the focus would be lost with the removed button.
    if (!first) root.querySelector<HTMLElement>("h1")?.focus();
  },
  async reload() {
    try {
      shell.show(await shell.api.session());
    } catch (error) {
      current?.dispose();
      current = problemView(shell, error);
    }
  },
};

void shell.reload();
