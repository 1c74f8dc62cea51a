import fs from "node:fs";
import path from "node:path";
import { transformSync as babelTransform } from "@babel/core";
import { transformSync as lwcTransform } from "@lwc/compiler";

const GENERATED_HEADER =
  "// Generated from TypeScript by `npm run build:lwc`: edit the .ts file.\n";
const LEGACY_DIRECTIVE = /\sif:(true|false)\s*=/;
// A module path leaving its bundle ("../other/x"): the platform resolves only `c/<name>`.
const CROSS_BUNDLE_IMPORT =
  /(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.\/[^"']*)["']/g;
const SKIPPED_DIRS = new Set([
  "node_modules",
  "__tests__",
  ".sf",
  ".sfdx",
  "fixtures"
]);

/**
 * Finds every LWC bundle (`.../lwc/<name>/`) below the package directories of a project.
 * @param {string} root project root holding sfdx-project.json
 * @returns {{ name: string, dir: string }[]}
 */
export function findBundles(root) {
  const project = JSON.parse(
    fs.readFileSync(path.join(root, "sfdx-project.json"), "utf8")
  );
  const bundles = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === "lwc") {
        for (const bundle of fs.readdirSync(full, { withFileTypes: true })) {
          if (bundle.isDirectory())
            bundles.push({
              name: bundle.name,
              dir: path.join(full, bundle.name)
            });
        }
      } else {
        walk(full);
      }
    }
  };
  for (const pkg of project.packageDirectories) walk(path.join(root, pkg.path));
  return bundles.sort((a, b) => a.dir.localeCompare(b.dir));
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
    return [full];
  });
}

/**
 * Strips the types from a TypeScript module, keeping decorators (the LWC compiler reads them)
 * and type-only class fields as real fields (`allowDeclareFields`), so they stay reactive.
 * @param {string} source TypeScript source
 * @param {string} filename for error messages
 * @returns {string} JavaScript
 */
export function stripTypes(source, filename) {
  const result = babelTransform(source, {
    filename,
    babelrc: false,
    configFile: false,
    comments: true,
    retainLines: true,
    plugins: [
      ["@babel/plugin-syntax-decorators", { version: "2023-11" }],
      ["@babel/plugin-transform-typescript", { allowDeclareFields: true }]
    ]
  });
  return GENERATED_HEADER + result.code + "\n";
}

function firstLine(text) {
  return String(text).split("\n")[0];
}

/**
 * Strips every `.ts` module of a bundle into its `.js` and compiles the bundle's JavaScript,
 * templates and styles with the LWC compiler.
 * @param {{ name: string, dir: string }} bundle
 * @returns {{ file: string, message: string }[]} problems, empty when the bundle would deploy
 */
export function buildBundle(bundle) {
  const problems = [];
  const files = sourceFiles(bundle.dir);
  const tsFiles = files.filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".d.ts")
  );
  const tsBases = new Set(tsFiles.map((f) => f.slice(0, -3)));

  for (const file of files.filter(
    (f) => f.endsWith(".js") && !tsBases.has(f.slice(0, -3))
  )) {
    problems.push({
      file,
      message: "LWC modules are written in TypeScript: rename to .ts"
    });
  }
  for (const file of tsFiles) {
    try {
      fs.writeFileSync(
        file.slice(0, -3) + ".js",
        stripTypes(fs.readFileSync(file, "utf8"), file)
      );
    } catch (error) {
      problems.push({
        file,
        message: `TypeScript could not be stripped: ${firstLine(error.message)}`
      });
    }
  }
  if (problems.length > 0) return problems;

  const compiled = [...tsBases].map((base) => base + ".js");
  for (const file of compiled) {
    // Type-only imports are gone from the stripped JavaScript; what is left loads at run time.
    for (const [, target] of fs
      .readFileSync(file, "utf8")
      .matchAll(CROSS_BUNDLE_IMPORT)) {
      problems.push({
        file: file.slice(0, -3) + ".ts",
        message: `imports ${target} from another bundle: share it through a service component and import c/<name>`
      });
    }
  }
  const others = files.filter((f) => f.endsWith(".html") || f.endsWith(".css"));
  for (const file of others.filter((f) => f.endsWith(".html"))) {
    if (LEGACY_DIRECTIVE.test(fs.readFileSync(file, "utf8"))) {
      problems.push({
        file,
        message:
          "use lwc:if / lwc:elseif / lwc:else instead of if:true / if:false"
      });
    }
  }
  for (const file of [...compiled, ...others]) {
    try {
      const result = lwcTransform(
        fs.readFileSync(file, "utf8"),
        path.basename(file),
        {
          name: bundle.name,
          namespace: "c",
          enableDynamicComponents: true
        }
      );
      for (const diagnostic of result.warnings ?? []) {
        if (diagnostic.level <= 1) {
          problems.push({
            file: file.endsWith(".js") ? file.slice(0, -3) + ".ts" : file,
            message: diagnostic.message
          });
        }
      }
    } catch (error) {
      const shown = file.endsWith(".js") ? file.slice(0, -3) + ".ts" : file;
      problems.push({ file: shown, message: firstLine(error.message) });
    }
  }
  return problems;
}
