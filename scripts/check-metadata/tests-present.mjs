import path from "node:path";
import { buildInventory } from "./lib/inventory.mjs";
import { stripApex, topLevelDeclaration } from "./lib/apex.mjs";

const escape = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Which classes no test mentions (pure). A class counts as tested when some
 * test class (class-level `@IsTest`) names it as a whole word outside comments
 * (string literals count: `Type.forName('X')`). Interfaces carry no code and
 * are exempt.
 * @param {{ file: string, source: string }[]} classes
 * @returns {{ file: string, name: string }[]}
 */
export function untestedClasses(classes) {
  const parsed = classes.map(({ file, source }) => ({
    file,
    declaration: topLevelDeclaration(source),
    code: stripApex(source, { keepStrings: true })
  }));
  const tests = parsed.filter((entry) => entry.declaration?.isTest);
  return parsed
    .filter(
      (entry) =>
        !entry.declaration?.isTest && entry.declaration?.kind !== "interface"
    )
    .map((entry) => ({
      file: entry.file,
      name: entry.declaration?.name ?? path.posix.basename(entry.file, ".cls")
    }))
    .filter(({ name }) => {
      const word = new RegExp(`\\b${escape(name)}\\b`, "i");
      return !tests.some((test) => word.test(test.code));
    });
}

/**
 * Every non-test Apex class is named by a test class; every trigger's object
 * is named by a test class; every LWC bundle has a Jest test in
 * `__tests__/*.test.ts` (or `.test.js`).
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkTestsPresent(project) {
  const inv = buildInventory(project);
  const problems = [];
  const classes = [...inv.classes.values()].map(({ file }) => ({
    file,
    source: project.read(file)
  }));
  for (const { file, name } of untestedClasses(classes)) {
    problems.push({
      file,
      message: `no test class (@IsTest) mentions ${name}`
    });
  }

  const testCode = classes
    .filter(({ source }) => topLevelDeclaration(source)?.isTest)
    .map(({ source }) => stripApex(source, { keepStrings: true }));
  for (const trigger of inv.triggers.values()) {
    const match = /\bon\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/i.exec(
      stripApex(project.read(trigger.file))
    );
    if (!match) continue;
    const word = new RegExp(`\\b${escape(match[1])}\\b`, "i");
    if (!testCode.some((code) => word.test(code))) {
      problems.push({
        file: trigger.file,
        message: `no test class (@IsTest) mentions ${match[1]}, so nothing exercises this trigger`
      });
    }
  }

  for (const bundle of inv.lwc.values()) {
    const hasTest = bundle.files.some((file) =>
      new RegExp(
        `^${escape(bundle.dir)}/__tests__/[^/]+\\.test\\.(ts|js)$`
      ).test(file)
    );
    if (!hasTest) {
      problems.push({
        file: bundle.source ?? bundle.metaFile ?? bundle.dir,
        message: `LWC bundle "${bundle.name}" has no Jest test in __tests__/*.test.ts`
      });
    }
  }
  return problems;
}
