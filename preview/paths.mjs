/** Where the preview's sources and its build live. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  ".."
);
export const PREVIEW = path.join(ROOT, "preview");
/** The build's output (gitignored with the rest of .tmp/). */
export const OUT_DIR = path.join(ROOT, ".tmp", "preview");
