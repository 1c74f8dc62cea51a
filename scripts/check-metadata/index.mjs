#!/usr/bin/env node
// Offline metadata gate: catches what a deployment would reject, without an org.
// Usage: node scripts/check-metadata/index.mjs [--root DIR] [--no-convert] [--only a,b]
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { findProjectRoot, loadProject } from "./lib/project.mjs";
import { CHECKS, runChecks } from "./lib/run.mjs";

const USAGE = `Usage: node scripts/check-metadata/index.mjs [--root DIR] [--no-convert] [--only CHECK,...]
  --root DIR     SFDX project root (default: the repository holding this script)
  --no-convert   skip "sf project convert source" (the only check that spawns a process)
  --only LIST    run only these checks: ${CHECKS.map((check) => check.name).join(", ")}`;

/**
 * CLI entry point: prints one `file: message` line per problem and a summary.
 * @param {string[]} argv arguments after the script name
 * @returns {number} exit code (0 clean, 1 problems, 2 usage error)
 */
export function main(argv) {
  let root = null;
  let convert = true;
  let only;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--root") root = argv[++i];
    else if (arg.startsWith("--root=")) root = arg.slice("--root=".length);
    else if (arg === "--no-convert") convert = false;
    else if (arg === "--only") only = String(argv[++i] ?? "").split(",");
    else if (arg.startsWith("--only="))
      only = arg.slice("--only=".length).split(",");
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`Unknown argument: ${arg}\n${USAGE}`);
      return 2;
    }
  }
  const unknown = (only ?? []).filter(
    (name) => !CHECKS.some((check) => check.name === name)
  );
  if (root === undefined || unknown.length > 0) {
    console.error(
      `${unknown.length ? `Unknown check: ${unknown.join(", ")}\n` : ""}${USAGE}`
    );
    return 2;
  }
  const scriptDir = path.dirname(fileURLToPath(import.meta.url));
  const projectRoot = root
    ? path.resolve(root)
    : findProjectRoot(path.resolve(scriptDir, "..", ".."));
  if (!projectRoot) {
    console.error("check-metadata: no sfdx-project.json found");
    return 2;
  }
  const started = Date.now();
  const project = loadProject(projectRoot);
  const problems = runChecks(project, { convert, only });
  for (const { file, message } of problems) console.log(`${file}: ${message}`);
  const ran = CHECKS.filter(
    (check) =>
      (!only || only.includes(check.name)) && (convert || !check.spawns)
  ).map((check) => check.name);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const scope = `${project.files.length} files in ${project.packageDirs.join(", ") || "(no package dirs)"}`;
  if (problems.length === 0) {
    console.log(
      `check-metadata: OK — ${ran.length} checks (${ran.join(", ")}) on ${scope}, ${seconds}s`
    );
    return 0;
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.log(
    `check-metadata: ${problems.length} problem(s) in ${files} file(s) — ${ran.length} checks (${ran.join(", ")}) on ${scope}, ${seconds}s`
  );
  return 1;
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  process.exitCode = main(process.argv.slice(2));
}
