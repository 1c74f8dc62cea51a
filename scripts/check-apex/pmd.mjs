#!/usr/bin/env node
/**
 * Runs PMD with the project's Apex ruleset (config/pmd/apex-ruleset.xml) over every Apex class
 * and trigger, and fails on any violation or processing error. PMD comes from the pinned
 * @salesforce/code-analyzer-pmd-engine; its wrapper writes JSON and always exits 0, so the
 * verdict is ours to make.
 *
 * Usage: node scripts/check-apex/pmd.mjs [--root DIR]
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

const root = rootFromArgs(process.argv);
requireJava();
const files = apexSources(root);
if (files.length === 0) {
  console.log("pmd: no Apex sources");
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "pmd-"));
const input = path.join(work, "input.json");
const output = path.join(work, "output.json");
fs.writeFileSync(
  input,
  JSON.stringify({
    ruleSetInputFile: path.join(root, "config/pmd/apex-ruleset.xml"),
    runDataPerLanguage: { apex: { filesToScan: files } }
  })
);
const run = runJava(
  ["com.salesforce.sfca.pmdwrapper.PmdWrapper", "run", input, output],
  javaClasspath()
);
if (run.status !== 0 || !fs.existsSync(output)) {
  console.error(run.stdout + run.stderr);
  console.error("pmd: PMD did not run");
  process.exit(1);
}

const result = JSON.parse(fs.readFileSync(output, "utf8"));
const problems = [
  ...(result.violations ?? []).map(
    (v) =>
      `${path.relative(root, v.codeLocation.file)}:${v.codeLocation.startLine}: ${v.rule} — ${v.message.trim()}`
  ),
  ...(result.processingErrors ?? []).map(
    (e) =>
      `${path.relative(root, e.file)}: PMD could not process: ${e.message.split("\n")[0]}`
  )
];
fs.rmSync(work, { recursive: true, force: true });
problems.forEach((line) => console.error(line));
if (problems.length > 0) {
  console.error(
    `pmd: ${problems.length} problem(s) in ${files.length} Apex file(s)`
  );
  process.exit(1);
}
console.log(`pmd: ${files.length} Apex file(s), no violations`);
