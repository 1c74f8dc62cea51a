import fs from "node:fs";
import path from "node:path";
import { buildInventory } from "./lib/inventory.mjs";
import { stripApex } from "./lib/apex.mjs";

const CUSTOM_NAME = /\b([A-Za-z][A-Za-z0-9_]*?)__(c|r|e|mdt|share)\b/g;
const SCRIPTS_DIR = "scripts/apex";

/**
 * What the project defines that Apex may name with a suffix: custom objects,
 * events and metadata types, their fields, Apex sharing reasons, and the
 * relationship names of lookups (`Rule__r` for field `Rule__c`, child
 * `Conditions__r`). All lower-case.
 * @param {ReturnType<typeof buildInventory>} inv
 * @param {(file: string) => string} read
 */
export function customNames(inv, read) {
  const names = new Set();
  for (const object of inv.objects.values()) {
    names.add(object.name.toLowerCase());
    for (const field of object.fields.values()) {
      names.add(field.name.toLowerCase());
      names.add(field.name.replace(/__c$/i, "__r").toLowerCase());
      const relationship = /<relationshipName>([^<]+)<\/relationshipName>/.exec(
        read(field.file)
      );
      if (relationship) names.add(`${relationship[1].trim()}__r`.toLowerCase());
    }
    if (/__c$/i.test(object.name)) {
      names.add(object.name.replace(/__c$/i, "__share").toLowerCase());
    }
    // Apex sharing reasons: `Schema.X__Share.RowCause.Reason__c`.
    for (const reason of object.sharingReasons.values()) {
      names.add(reason.name.toLowerCase());
    }
  }
  return names;
}

/**
 * Custom names (`X__c`, `X__r`, `X__e`, `X__mdt`, `X__Share`) in Apex source
 * outside comments — SOQL included, which apex-ls does not check — that the
 * project does not define (pure).
 * @param {string} source Apex class, trigger or anonymous script
 * @param {Set<string>} known lower-case names from `customNames`
 * @returns {{ name: string, line: number }[]}
 */
export function unknownCustomNames(source, known) {
  const code = stripApex(source, { keepStrings: true });
  const found = [];
  const lines = code.split("\n");
  lines.forEach((line, index) => {
    for (const match of line.matchAll(CUSTOM_NAME)) {
      if (!known.has(match[0].toLowerCase())) {
        found.push({ name: match[0], line: index + 1 });
      }
    }
  });
  return found;
}

/**
 * Every custom object, field or relationship an Apex class, trigger or
 * `scripts/apex/*.apex` script names exists in the project. apex-ls misses
 * unknown custom fields on standard objects and every name inside SOQL.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkApexNames(project) {
  const inv = buildInventory(project);
  const known = customNames(inv, (file) => project.read(file));
  const sources = [...inv.classes.values(), ...inv.triggers.values()].map(
    ({ file }) => ({ file, source: project.read(file) })
  );
  const scriptsDir = path.join(project.root, SCRIPTS_DIR);
  if (fs.existsSync(scriptsDir)) {
    for (const name of fs.readdirSync(scriptsDir).sort()) {
      if (name.endsWith(".apex")) {
        const file = `${SCRIPTS_DIR}/${name}`;
        sources.push({
          file,
          source: fs.readFileSync(path.join(project.root, file), "utf8")
        });
      }
    }
  }
  return sources.flatMap(({ file, source }) =>
    unknownCustomNames(source, known).map(({ name, line }) => ({
      file,
      message: `line ${line}: "${name}" is not an object, field or relationship this project defines`
    }))
  );
}
