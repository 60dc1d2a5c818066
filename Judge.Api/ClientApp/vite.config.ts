import { resolve } from "node:path";
import { defineConfig } from "vite";

// Two pages, one bundle graph: the candidate app and the recruiter pages. The API serves dist/
// (copied beside its binaries as client/) and falls back to each page's HTML for its routes.
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      input: {
        candidate: resolve(import.meta.dirname, "candidate.html"),
        recruiter: resolve(import.meta.dirname, "recruiter.html"),
      },
    },
  },
});
