import path from "node:path";
import { buildInventory } from "./lib/inventory.mjs";

// Source files that deploy only together with a `<file>-meta.xml`.
const SOURCE_EXTENSIONS = [
  ".cls",
  ".trigger",
  ".page",
  ".component",
  ".email",
  ".asset"
];

/**
 * Every source file has its `-meta.xml` and every such `-meta.xml` its source;
 * each LWC bundle has `<name>.js-meta.xml` and `<name>.ts` or `<name>.js`;
 * each custom object folder has its `.object-meta.xml`.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkCompanions(project) {
  const problems = [];
  const inv = buildInventory(project);
  const deployable = new Set(project.deployable);

  for (const file of project.deployable) {
    if (file.split("/").includes("lwc")) continue; // bundles below
    const extension = SOURCE_EXTENSIONS.find((ext) => file.endsWith(ext));
    if (extension && !deployable.has(`${file}-meta.xml`)) {
      problems.push({
        file,
        message: `missing ${path.posix.basename(file)}-meta.xml (the CLI silently drops the ${extension} file without it)`
      });
      continue;
    }
    const orphan = SOURCE_EXTENSIONS.find((ext) =>
      file.endsWith(`${ext}-meta.xml`)
    );
    if (orphan) {
      const source = file.slice(0, -"-meta.xml".length);
      if (!deployable.has(source)) {
        problems.push({
          file,
          message: `orphan -meta.xml: ${path.posix.basename(source)} does not exist`
        });
      }
      continue;
    }
    if (file.endsWith(".resource-meta.xml")) {
      const stem = file.slice(0, -".resource-meta.xml".length);
      const hasContent = project.deployable.some(
        (other) =>
          other !== file &&
          (other.startsWith(`${stem}.`) || other.startsWith(`${stem}/`))
      );
      if (!hasContent) {
        problems.push({
          file,
          message: `orphan -meta.xml: no static resource content next to it`
        });
      }
    }
  }

  for (const bundle of inv.lwc.values()) {
    const expectedMeta = `${bundle.dir}/${bundle.name}.js-meta.xml`;
    for (const file of bundle.files) {
      const base = path.posix.basename(file);
      if (base.endsWith(".js-meta.xml") && file !== expectedMeta) {
        problems.push({
          file,
          message: `LWC bundle "${bundle.name}" needs its metadata in ${bundle.name}.js-meta.xml, not ${base}`
        });
      }
    }
    if (!bundle.metaFile) {
      problems.push({
        file: bundle.dir,
        message: `LWC bundle "${bundle.name}" has no ${bundle.name}.js-meta.xml`
      });
    }
    if (!bundle.source) {
      problems.push({
        file: bundle.metaFile ?? bundle.dir,
        message: bundle.metaFile
          ? `orphan -meta.xml: LWC bundle "${bundle.name}" has neither ${bundle.name}.ts nor ${bundle.name}.js`
          : `LWC bundle "${bundle.name}" has neither ${bundle.name}.ts nor ${bundle.name}.js`
      });
    }
  }

  for (const obj of inv.objects.values()) {
    if (obj.kind === "standard" || obj.metaFile) continue;
    const marker = `objects/${obj.name}/`;
    const anyFile = project.files.find((file) => file.includes(marker)) ?? "";
    const folder = anyFile.slice(
      0,
      anyFile.indexOf(marker) + marker.length - 1
    );
    problems.push({
      file: folder,
      message: `custom object folder has no ${obj.name}.object-meta.xml`
    });
  }
  return problems;
}
