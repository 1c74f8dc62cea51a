import fs from "node:fs";
import path from "node:path";

const SCRIPTS_DIR = "scripts/apex";
const WRAPPER_DIR = "anonymous-apex-check";

/** The anonymous Apex scripts of a project (`scripts/apex/*.apex`), relative to its root. */
export function anonymousScripts(root) {
  const dir = path.join(root, SCRIPTS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".apex"))
    .sort()
    .map((name) => path.join(SCRIPTS_DIR, name));
}

function className(script) {
  return (
    "AnonymousScript" +
    path.basename(script, ".apex").replace(/[^A-Za-z0-9]/g, "")
  );
}

/**
 * Writes each script into the workspace copy as the body of a static method of its own class
 * (one line of header, so script line N is class line N + 1) and adds the folder to the copy's
 * package directories.
 */
export function wrapAnonymousScripts(root, workspace, scripts) {
  const dir = path.join(workspace, WRAPPER_DIR, "classes");
  fs.mkdirSync(dir, { recursive: true });
  for (const script of scripts) {
    const name = className(script);
    const body = fs.readFileSync(path.join(root, script), "utf8");
    fs.writeFileSync(
      path.join(dir, `${name}.cls`),
      `public class ${name} { public static void run() {\n${body}\n} }\n`
    );
    fs.writeFileSync(
      path.join(dir, `${name}.cls-meta.xml`),
      '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion><status>Active</status></ApexClass>\n'
    );
  }
  const projectFile = path.join(workspace, "sfdx-project.json");
  const project = JSON.parse(fs.readFileSync(projectFile, "utf8"));
  project.packageDirectories.push({ path: WRAPPER_DIR });
  fs.writeFileSync(projectFile, JSON.stringify(project, null, 2));
}

/** Rewrites apex-ls output about the workspace copy into paths and lines of the real project. */
export function mapWrappedOutput(output, root, workspace, scripts) {
  const byWrapper = new Map(
    scripts.map((script) => [
      path.join(workspace, WRAPPER_DIR, "classes", `${className(script)}.cls`),
      script
    ])
  );
  let inScript = false;
  return output
    .split("\n")
    .map((line) => {
      if (byWrapper.has(line.trim())) {
        inScript = true;
        return path.join(root, byWrapper.get(line.trim()));
      }
      if (line.startsWith(workspace)) {
        inScript = false;
        return root + line.slice(workspace.length);
      }
      return inScript
        ? line.replace(/line (\d+)/, (_, n) => `line ${Number(n) - 1}`)
        : line;
    })
    .join("\n");
}
