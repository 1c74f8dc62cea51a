import { checkConvert } from "../convert.mjs";
import { checkXml } from "../xml.mjs";
import { checkFields } from "../fields.mjs";
import { checkCompanions } from "../companions.mjs";
import { checkReferences } from "../references.mjs";
import { checkPermissions } from "../permissions.mjs";
import { checkTestsPresent } from "../tests-present.mjs";
import { checkApexNames } from "../apex-names.mjs";

// The checks in the order they run; `convert` spawns the sf CLI.
export const CHECKS = [
  { name: "convert", run: checkConvert, spawns: true },
  { name: "xml", run: checkXml },
  { name: "fields", run: checkFields },
  { name: "companions", run: checkCompanions },
  { name: "references", run: checkReferences },
  { name: "permissions", run: checkPermissions },
  { name: "apex-names", run: checkApexNames },
  { name: "tests-present", run: checkTestsPresent }
];

/**
 * Runs the checks over a project and returns every problem, sorted by file
 * (stable, so each file's problems keep the check order). A check that throws
 * becomes a problem too.
 * @param {ReturnType<import("./project.mjs").createProject>} project
 * @param {{ convert?: boolean, only?: string[] }} [options] `convert: false` skips the sf CLI
 * @returns {{ file: string, message: string, check: string }[]}
 */
export function runChecks(project, { convert = true, only } = {}) {
  const problems = project.configProblems.map((problem) => ({
    ...problem,
    check: "project"
  }));
  for (const check of CHECKS) {
    if (only && !only.includes(check.name)) continue;
    if (check.spawns && !convert) continue;
    try {
      for (const problem of check.run(project))
        problems.push({ ...problem, check: check.name });
    } catch (error) {
      problems.push({
        file: "sfdx-project.json",
        message: `check "${check.name}" crashed: ${error.stack ?? error}`,
        check: check.name
      });
    }
  }
  const seen = new Set();
  return problems
    .filter((problem) => {
      const key = `${problem.file}\0${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
