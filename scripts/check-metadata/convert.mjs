import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SF_ENV = {
  SF_DISABLE_TELEMETRY: "true",
  SF_AUTOUPDATE_DISABLE: "true",
  SF_SKIP_NEW_VERSION_CHECK: "true"
};

/**
 * Locates the locally installed sf CLI entry point (node_modules/@salesforce/cli/bin/run.js)
 * above this script, or null.
 * @returns {string | null}
 */
export function findSfRunner() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(
      dir,
      "node_modules",
      "@salesforce",
      "cli",
      "bin",
      "run.js"
    );
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Turns the outcome of `sf project convert source --json` into problems (pure).
 * The file is the project file named in sf's message, else the package directory.
 * @param {{ root: string, packageDir: string, files?: string[], status: number | null,
 *   stdout: string, stderr: string, error?: Error }} run
 * @returns {{ file: string, message: string }[]}
 */
export function convertProblems({
  root,
  packageDir,
  files = [],
  status,
  stdout,
  stderr,
  error
}) {
  if (error) {
    return [
      {
        file: packageDir,
        message: `sf project convert source could not run: ${error.message}`
      }
    ];
  }
  if (status === 0) return [];
  let message = "";
  try {
    const json = JSON.parse(stdout);
    message = [json.name, json.message].filter(Boolean).join(": ");
  } catch {
    message = "";
  }
  if (!message) message = (stderr || stdout).trim() || `exit code ${status}`;
  message = message
    .replace(/\\n/g, "\n")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  let file = packageDir;
  const named = files
    .map((relPath) => path.join(root, relPath))
    .filter((absPath) => message.includes(absPath))
    .sort((a, b) => b.length - a.length)[0];
  if (named) {
    file = path.relative(root, named).split(path.sep).join("/");
    message = message.split(named).join(file);
  }
  return [{ file, message: `sf project convert source failed: ${message}` }];
}

/**
 * Runs `sf project convert source` on every package directory into a temporary
 * folder (spawns the CLI: a few seconds per directory).
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @param {{ runner?: string | null }} [options]
 * @returns {{ file: string, message: string }[]}
 */
export function checkConvert(project, { runner = findSfRunner() } = {}) {
  if (!runner) {
    return [
      {
        file: "sfdx-project.json",
        message: "sf CLI not found (npm install @salesforce/cli)"
      }
    ];
  }
  const problems = [];
  for (const packageDir of project.packageDirs) {
    const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "check-metadata-"));
    try {
      const result = spawnSync(
        process.execPath,
        [
          runner,
          "project",
          "convert",
          "source",
          "--root-dir",
          packageDir,
          "--output-dir",
          path.join(outputDir, "out"),
          "--json"
        ],
        {
          cwd: project.root,
          env: { ...process.env, ...SF_ENV },
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024
        }
      );
      problems.push(
        ...convertProblems({
          root: project.root,
          packageDir,
          files: project.files,
          status: result.status,
          stdout: result.stdout ?? "",
          stderr: result.stderr ?? "",
          error: result.error
        })
      );
    } finally {
      fs.rmSync(outputDir, { recursive: true, force: true });
    }
  }
  return problems;
}
