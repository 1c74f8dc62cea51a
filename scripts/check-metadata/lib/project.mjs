import fs from "node:fs";
import path from "node:path";
import { parseXml } from "./parse.mjs";

const SKIPPED_DIRS = new Set([".git", "node_modules", ".sfdx", ".sf"]);
// Always ignored by the Salesforce CLI, whatever .forceignore says.
const DEFAULT_IGNORES = [
  "**/*.dup",
  "**/.*",
  "**/package2-descriptor.json",
  "**/package2-manifest.json"
];

/**
 * Walks up from `start` to the first directory holding sfdx-project.json.
 * @param {string} start
 * @returns {string | null}
 */
export function findProjectRoot(start) {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, "sfdx-project.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function globToRegexSource(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === "*" && glob[i + 1] === "*") {
      if (glob[i + 2] === "/") {
        out += "(?:.*/)?";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (char === "*") out += "[^/]*";
    else if (char === "?") out += "[^/]";
    else out += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return out;
}

/**
 * Compiles .forceignore text (gitignore syntax, paths relative to the project
 * root) into a predicate over project-relative POSIX paths.
 * @param {string} text
 * @returns {(relPath: string) => boolean}
 */
export function compileForceIgnore(text) {
  const rules = [...DEFAULT_IGNORES, ...text.split(/\r?\n/)]
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const negate = line.startsWith("!");
      let pattern = negate ? line.slice(1) : line;
      pattern = pattern.replace(/\/+$/, "");
      const anchored = pattern.includes("/");
      pattern = pattern.replace(/^\//, "");
      const prefix = anchored ? "" : "(?:.*/)?";
      const regex = new RegExp(
        `^${prefix}${globToRegexSource(pattern)}(?:/.*)?$`
      );
      return { negate, regex };
    });
  return (relPath) => {
    let ignored = false;
    for (const rule of rules) {
      if (rule.regex.test(relPath)) ignored = !rule.negate;
    }
    return ignored;
  };
}

function walk(root, relDir, out) {
  const abs = path.join(root, relDir);
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(root, rel, out);
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
}

/**
 * Builds a project view over a list of files. `read` returns a file's text by
 * project-relative path. Used by loadProject and directly by unit tests.
 * @param {{ root: string, packageDirs: string[], files: string[],
 *   read: (relPath: string) => string, forceIgnore?: string,
 *   configProblems?: { file: string, message: string }[] }} options
 */
export function createProject({
  root,
  packageDirs,
  files,
  read,
  forceIgnore = "",
  configProblems = []
}) {
  const textCache = new Map();
  const xmlCache = new Map();
  const isIgnored = compileForceIgnore(forceIgnore);
  const sorted = [...new Set(files)].sort();
  const fileSet = new Set(sorted);
  return {
    root,
    packageDirs,
    configProblems,
    // Every file under the package directories, project-relative, sorted.
    files: sorted,
    // Files the CLI would deploy (not excluded by .forceignore).
    deployable: sorted.filter((file) => !isIgnored(file)),
    isIgnored,
    has: (relPath) => fileSet.has(relPath),
    read(relPath) {
      if (!textCache.has(relPath)) textCache.set(relPath, read(relPath));
      return textCache.get(relPath);
    },
    // Parsed XML `{ root, node }`, or null when not well-formed.
    xml(relPath) {
      if (!xmlCache.has(relPath)) {
        xmlCache.set(relPath, parseXml(this.read(relPath)));
      }
      return xmlCache.get(relPath);
    }
  };
}

/**
 * Loads an SFDX project from disk: sfdx-project.json, .forceignore and every
 * file under its package directories.
 * @param {string} root directory holding sfdx-project.json
 */
export function loadProject(root) {
  const absRoot = path.resolve(root);
  const configProblems = [];
  let packageDirs = [];
  try {
    const config = JSON.parse(
      fs.readFileSync(path.join(absRoot, "sfdx-project.json"), "utf8")
    );
    packageDirs = (config.packageDirectories ?? [])
      .map((dir) => path.posix.normalize(String(dir.path ?? "")))
      .map((dir) => dir.replace(/^\.\//, "").replace(/\/+$/, ""));
    if (packageDirs.length === 0) {
      configProblems.push({
        file: "sfdx-project.json",
        message: "no packageDirectories"
      });
    }
  } catch (error) {
    configProblems.push({
      file: "sfdx-project.json",
      message: `cannot read: ${error.message}`
    });
  }
  const files = [];
  for (const dir of packageDirs) {
    if (!fs.existsSync(path.join(absRoot, dir))) {
      configProblems.push({
        file: "sfdx-project.json",
        message: `package directory "${dir}" does not exist`
      });
      continue;
    }
    walk(absRoot, dir === "." ? "" : dir, files);
  }
  const forceIgnorePath = path.join(absRoot, ".forceignore");
  return createProject({
    root: absRoot,
    packageDirs: packageDirs.filter((dir) =>
      fs.existsSync(path.join(absRoot, dir))
    ),
    files,
    read: (relPath) => fs.readFileSync(path.join(absRoot, relPath), "utf8"),
    forceIgnore: fs.existsSync(forceIgnorePath)
      ? fs.readFileSync(forceIgnorePath, "utf8")
      : "",
    configProblems
  });
}
