import { validateXml } from "./lib/parse.mjs";

/**
 * Every `*.xml` file under the package directories must be well-formed.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkXml(project) {
  const problems = [];
  for (const file of project.files) {
    if (!file.endsWith(".xml")) continue;
    const result = validateXml(project.read(file));
    if (!result.ok) {
      problems.push({
        file,
        message: `malformed XML at line ${result.line}, col ${result.col}: ${result.message}`
      });
    }
  }
  return problems;
}
