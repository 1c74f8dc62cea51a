#!/usr/bin/env node
/**
 * Builds the deployable JavaScript of every TypeScript Lightning Web Component, then compiles
 * each bundle with the LWC compiler so a component the platform would reject fails here.
 *
 * Usage: node scripts/build-lwc/index.mjs [--root DIR]
 */
import path from "node:path";
import { findBundles, buildBundle } from "./lib.mjs";

const rootIndex = process.argv.indexOf("--root");
const root = path.resolve(rootIndex > 0 ? process.argv[rootIndex + 1] : ".");

const bundles = findBundles(root);
const problems = bundles.flatMap((bundle) => buildBundle(bundle));
for (const { file, message } of problems) {
  console.error(`${path.relative(root, file)}: ${message}`);
}
if (problems.length > 0) {
  console.error(
    `build:lwc: ${problems.length} problem(s) in ${bundles.length} component(s)`
  );
  process.exit(1);
}
console.log(`build:lwc: ${bundles.length} component(s) stripped and compiled`);
