import "../shared/styles.css";
import "./recruiter.css";
import { startApp } from "./app";

// The recruiter pages: see README "Web pages".
startApp(document.getElementById("app")!);
