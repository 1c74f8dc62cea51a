#!/usr/bin/env node
/**
 * The Apex semantic check: apex-ls (the pinned jar inside @salesforce/code-analyzer-pmd-engine)
 * loads the whole project with the platform's type library and reports unknown types, methods
 * and fields, including the project's own objects and platform events. It does not check field
 * names inside static SOQL.
 *
 * Anonymous Apex under scripts/apex (run by `npm run org:setup`) is checked too: each script is
 * wrapped in a throwaway class inside a temporary copy of the project, and problems are reported
 * against the script's own lines.
 *
 * Usage: node scripts/check-apex/semantics.mjs [--root DIR]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  apexSources,
  javaClasspath,
  requireJava,
  rootFromArgs,
  runJava
} from "./java.mjs";
import {
  anonymousScripts,
  wrapAnonymousScripts,
  mapWrappedOutput
} from "./anonymous.mjs";

const root = rootFromArgs(process.argv);
requireJava();

let workspace = root;
const scripts = anonymousScripts(root);
if (scripts.length > 0) {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "apex-ls-"));
  fs.cpSync(root, workspace, {
    recursive: true,
    filter: (source) =>
      !/[/\\](node_modules|\.git|\.sf|\.sfdx|coverage)$/.test(source)
  });
  wrapAnonymousScripts(root, workspace, scripts);
}

const count = apexSources(root).length + scripts.length;
const run = runJava(
  ["io.github.apexdevtools.apexls.CheckForIssues", "-n", "-w", workspace],
  javaClasspath(),
  { cwd: workspace }
);
let output = (run.stdout + run.stderr).trim();
if (workspace !== root) {
  output = mapWrappedOutput(output, root, workspace, scripts);
  fs.rmSync(workspace, { recursive: true, force: true });
}
if (run.status !== 0 || output.length > 0) {
  console.error(output || `apex-ls exited with ${run.status}`);
  console.error(`apex-ls: problems found in ${count} Apex file(s)`);
  process.exit(1);
}
console.log(
  `apex-ls: ${count} Apex file(s), no unknown types, methods or fields`
);
