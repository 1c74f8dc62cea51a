/**
 * Builds the local preview of the product's Lightning Web Components into .tmp/preview: the
 * real components (the .js that `npm run build:lwc` writes beside each .ts), the real base
 * components (lightning-base-components) and SLDS, with stand-ins for what only an org has
 * (Apex, the event channel, the utility bar, navigation, the running user).
 */
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import lwc from "@lwc/rollup-plugin";
import replace from "@rollup/plugin-replace";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PREVIEW = path.join(ROOT, "preview");
const STAND_INS = path.join(PREVIEW, "stand-ins");
export const OUT_DIR = path.join(ROOT, ".tmp", "preview");

/** Platform modules the org provides, and the stand-in file that plays each here. */
const PLATFORM_STAND_INS = {
  "lightning/empApi": "empApi.js",
  "lightning/platformUtilityBarApi": "platformUtilityBarApi.js",
  "lightning/navigation": "navigation.js"
};
const APEX_PREFIX = "@salesforce/apex/";
const USER_ID_MODULE = "@salesforce/user/Id";
const VIRTUAL = "\0preview:";

/** Every `force-app/main/<feature>/lwc/<name>` folder as an LWC module alias `c/<name>`. */
export async function componentModules(root = ROOT) {
  const main = path.join(root, "force-app", "main");
  const modules = [];
  for (const feature of await readdir(main, { withFileTypes: true })) {
    const lwcDir = path.join(main, feature.name, "lwc");
    if (!feature.isDirectory() || !existsSync(lwcDir)) continue;
    for (const bundle of await readdir(lwcDir, { withFileTypes: true })) {
      if (!bundle.isDirectory()) continue;
      const file = path.join(lwcDir, bundle.name, `${bundle.name}.js`);
      if (!existsSync(file)) {
        throw new Error(`${file} is missing: run npm run build:lwc first`);
      }
      modules.push({ name: `c/${bundle.name}`, path: file });
    }
  }
  return modules;
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
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const module = id.slice(VIRTUAL.length);
      if (module === USER_ID_MODULE) {
        return `export { USER_ID as default } from ${JSON.stringify(path.join(STAND_INS, "data.js"))};`;
      }
      const method = module.slice(APEX_PREFIX.length);
      return `import { apex } from ${JSON.stringify(path.join(STAND_INS, "apex.js"))};
export default (params) => apex(${JSON.stringify(method)}, params);`;
    }
  };
}

export async function buildPreview() {
  const started = Date.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
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
        modules: [
          ...(await componentModules()),
          { npm: "lightning-base-components" }
        ],
        enableDynamicComponents: true,
        enableSyntheticElementInternals: true
      })
    ],
    onwarn(warning, warn) {
      if (warning.code === "CIRCULAR_DEPENDENCY") return;
      warn(warning);
    }
  });
  await bundle.write({ dir: OUT_DIR, format: "esm", sourcemap: false });
  await bundle.close();
  const slds = path.join(
    ROOT,
    "node_modules",
    "@salesforce-ux",
    "design-system",
    "assets"
  );
  await cp(path.join(slds, "styles"), path.join(OUT_DIR, "assets", "styles"), {
    recursive: true
  });
  await cp(path.join(slds, "icons"), path.join(OUT_DIR, "assets", "icons"), {
    recursive: true
  });
  await cp(path.join(PREVIEW, "index.html"), path.join(OUT_DIR, "index.html"));
  await writeFile(
    path.join(OUT_DIR, "BUILT.txt"),
    `Built ${new Date().toISOString()} by preview/build.mjs\n`
  );
  return Date.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildPreview();
  console.log(
    `preview: built ${path.relative(ROOT, OUT_DIR)} in ${(ms / 1000).toFixed(1)} s`
  );
}
