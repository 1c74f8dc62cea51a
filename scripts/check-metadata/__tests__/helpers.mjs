import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadProject } from "../lib/project.mjs";
import { runChecks } from "../lib/run.mjs";

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures"
);

/** Loads a fixture project by case name. */
export function fixture(name) {
  return loadProject(path.join(FIXTURES, name));
}

/** All problems of a fixture from the pure checks (no sf CLI). */
export function problemsOf(name) {
  return runChecks(fixture(name), { convert: false }).map(
    ({ file, message }) => ({
      file,
      message
    })
  );
}

export const DEFAULT = "force-app/main/default";
