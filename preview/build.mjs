/**
 * Builds the local preview of the product's Lightning Web Components into .tmp/preview: the
 * real components (the .js that `npm run build:lwc` writes beside each .ts), the real base
 * components (lightning-base-components) and SLDS, with stand-ins for what only an org has
 * (Apex, the event channel, the utility bar, navigation, the running user).
 */
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import lwc from "@lwc/rollup-plugin";
import replace from "@rollup/plugin-replace";
import { findBundles } from "../scripts/build-lwc/lib.mjs";
import { OUT_DIR, PREVIEW, ROOT } from "./paths.mjs";

const STAND_INS = path.join(PREVIEW, "stand-ins");
/** Warnings from inside the npm base components are theirs, not the product's: counted only. */
const BASE_COMPONENTS = /node_modules[\\/]lightning-base-components[\\/]/;

/** Platform modules the org provides, and the stand-in file that plays each here. */
const PLATFORM_STAND_INS = {
  "lightning/empApi": "empApi.js",
  "lightning/platformUtilityBarApi": "platformUtilityBarApi.js",
  "lightning/navigation": "navigation.js"
};
const APEX_PREFIX = "@salesforce/apex/";
/**
 * The npm base components carry stand-ins of their own for the `@salesforce/*` scoped modules
 * they import (i18n "en-US" / "America/Los_Angeles", labels, form factor), visible to their own
 * files only: the product's imports of the same modules get the same files, so the page agrees.
 */
const SCOPED_IMPORTS = path.join(
  ROOT,
  "node_modules",
  "lightning-base-components",
  "scopedImports"
);
const USER_ID_MODULE = "@salesforce/user/Id";
const VIRTUAL = "\0preview:";

/**
 * Every LWC bundle of the project as the module `c/<name>`, found the way `npm run build:lwc`
 * finds what it builds (every `lwc/<name>/` below the package directories): components added
 * later need no change here.
 * @param {string} [root] project root holding sfdx-project.json
 * @returns {{ name: string, path: string }[]}
 */
export function componentModules(root = ROOT) {
  const seen = new Map();
  return findBundles(root).map((bundle) => {
    const file = path.join(bundle.dir, `${bundle.name}.js`);
    if (!existsSync(file)) {
      throw new Error(
        `${path.relative(root, file)} is missing: run npm run build:lwc first`
      );
    }
    if (seen.has(bundle.name)) {
      throw new Error(
        `Two components named ${bundle.name}: ${path.relative(root, seen.get(bundle.name))} and ${path.relative(root, bundle.dir)}`
      );
    }
    seen.set(bundle.name, bundle.dir);
    return { name: `c/${bundle.name}`, path: file };
  });
}

/** Resolves the org-only modules to the preview's stand-ins. */
function standIns() {
  return {
    name: "preview-stand-ins",
    resolveId(id) {
      if (PLATFORM_STAND_INS[id]) {
        return path.join(STAND_INS, PLATFORM_STAND_INS[id]);
      }
      if (id.startsWith(APEX_PREFIX) || id === USER_ID_MODULE) {
        return VIRTUAL + id;
      }
      if (id.startsWith("@salesforce/")) {
        const file = path.join(
          SCOPED_IMPORTS,
          `${id.split("/").slice(0, 3).join("-")}.js`
        );
        if (existsSync(file)) return file;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const module = id.slice(VIRTUAL.length);
      if (module === USER_ID_MODULE) {
        return `export { USER_ID as default } from ${JSON.stringify(path.join(STAND_INS, "data.mjs"))};`;
      }
      const method = module.slice(APEX_PREFIX.length);
      return `import { apex } from ${JSON.stringify(path.join(STAND_INS, "apex.js"))};
export default (params) => apex(${JSON.stringify(method)}, params);`;
    }
  };
}

/**
 * Builds into a folder of its own, then swaps it in for OUT_DIR: a build running at the same
 * time (or a server reading OUT_DIR) never sees a half-written or half-deleted folder.
 * @returns {Promise<number>} milliseconds the build took
 */
export async function buildPreview() {
  const started = Date.now();
  const building = `${OUT_DIR}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  try {
    await buildInto(building);
    const previous = `${OUT_DIR}.previous-${process.pid}`;
    // Another build may swap its folder in between: move that aside too and try again.
    for (let attempt = 1; ; attempt += 1) {
      await rename(OUT_DIR, previous).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      });
      await rm(previous, { recursive: true, force: true });
      try {
        await rename(building, OUT_DIR);
        break;
      } catch (error) {
        if (attempt >= 3 || !["ENOTEMPTY", "EEXIST"].includes(error.code)) {
          throw error;
        }
      }
    }
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return Date.now() - started;
}

/** @param {string} outDir */
async function buildInto(outDir) {
  let baseComponentWarnings = 0;
  const bundle = await rollup({
    input: path.join(PREVIEW, "app.js"),
    plugins: [
      standIns(),
      replace({
        preventAssignment: true,
        values: {
          "process.env.NODE_ENV": JSON.stringify("development"),
          "import.meta.env.SSR": "false"
        }
      }),
      lwc({
        rootDir: ROOT,
        modules: [...componentModules(), { npm: "lightning-base-components" }],
        enableDynamicComponents: true,
        enableSyntheticElementInternals: true
      })
    ],
    onwarn(warning, warn) {
      if (warning.code === "CIRCULAR_DEPENDENCY") return;
      if (warning.code === "UNRESOLVED_IMPORT") {
        // The page would fail on it at run time: a platform module with no stand-in yet.
        throw new Error(
          `${warning.message}\nAdd a stand-in for it in preview/stand-ins and preview/build.mjs.`
        );
      }
      if (BASE_COMPONENTS.test(`${warning.id ?? ""} ${warning.message}`)) {
        baseComponentWarnings += 1;
        return;
      }
      warn(warning);
    }
  });
  await bundle.write({ dir: outDir, format: "esm", sourcemap: false });
  await bundle.close();
  const slds = path.join(
    ROOT,
    "node_modules",
    "@salesforce-ux",
    "design-system",
    "assets"
  );
  await cp(path.join(slds, "styles"), path.join(outDir, "assets", "styles"), {
    recursive: true
  });
  await cp(path.join(slds, "icons"), path.join(outDir, "assets", "icons"), {
    recursive: true
  });
  await cp(path.join(PREVIEW, "index.html"), path.join(outDir, "index.html"));
  await writeFile(
    path.join(outDir, "BUILT.txt"),
    `Built ${new Date().toISOString()} by preview/build.mjs\n`
  );
  if (baseComponentWarnings > 0) {
    console.log(
      `preview: ${baseComponentWarnings} warning(s) from lightning-base-components itself not shown`
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildPreview();
  console.log(
    `preview: built ${path.relative(ROOT, OUT_DIR)} in ${(ms / 1000).toFixed(1)} s`
  );
}
