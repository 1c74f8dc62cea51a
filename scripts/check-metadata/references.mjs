import path from "node:path";
import {
  buildInventory,
  resolveField,
  resolveObject,
  splitQualified
} from "./lib/inventory.mjs";
import { all, deep, isTrue, text, texts } from "./lib/parse.mjs";
import { triggerDeclaration } from "./lib/apex.mjs";
import { checkReportMetadata } from "./reports.mjs";
import {
  CUSTOM_OBJECT_STANDARD_RELATIONSHIPS,
  METADATA_RELATIONSHIP_TARGETS
} from "./lib/standard.mjs";

const lower = (value) => String(value).toLowerCase();

// Lightning page type → the LWC target a component needs to sit on it.
export const FLEXIPAGE_TARGETS = {
  AppPage: "lightning__AppPage",
  RecordPage: "lightning__RecordPage",
  HomePage: "lightning__HomePage",
  UtilityBar: "lightning__UtilityBar"
};

/**
 * Resolves a list view column or filter token on an object. Upper-case tokens
 * without `__c` (NAME, CREATED_DATE, OWNER.ALIAS, UPDATEDBY_USER.ALIAS, ...) are
 * the platform's standard column names and are accepted.
 * @param {ReturnType<typeof buildInventory>} inv
 * @param {string} objectName
 * @param {string} token
 * @returns {string | null} problem message, or null when it resolves
 */
export function resolveListViewToken(inv, objectName, token) {
  if (/^[A-Z0-9_.]+$/.test(token) && !/__C\b/.test(token)) return null;
  const qualified = splitQualified(token);
  if (qualified && resolveObject(inv, qualified[0])) {
    const result = resolveField(inv, qualified[0], qualified[1]);
    return result.ok ? null : result.message;
  }
  const result = resolveField(inv, objectName, token);
  return result.ok ? null : result.message;
}

// Object name of a layout file: `Obj-Layout Name.layout-meta.xml` → `Obj`.
export function layoutObject(file) {
  const base = path.posix.basename(file, ".layout-meta.xml");
  return base.includes("-") ? base.slice(0, base.indexOf("-")) : null;
}

// LWC bundle name of a `c:name` / `c__name` component reference, else null.
export function lwcNameOf(componentName) {
  const match = /^c(?::|__)([A-Za-z0-9_]+)$/.exec(componentName);
  return match ? match[1] : null;
}

// `c-foo-bar` → `fooBar`
export function tagToBundle(tag) {
  return tag.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}

function fieldProblem(inv, objectName, fieldName, what) {
  const result = resolveField(inv, objectName, fieldName);
  return result.ok ? null : `${what}: ${result.message}`;
}

function checkFieldRefs(inv, out) {
  const relationships = new Map();
  for (const obj of inv.objects.values()) {
    for (const field of obj.fields.values()) {
      const node = field.node;
      if (!node) continue;
      const type = text(node, "type");
      for (const target of texts(node, "referenceTo")) {
        const known =
          type === "MetadataRelationship"
            ? METADATA_RELATIONSHIP_TARGETS.includes(target) ||
              resolveObject(inv, target)
            : resolveObject(inv, target);
        if (!known) {
          out(
            field.file,
            `referenceTo "${target}": unknown object "${target}"`
          );
        }
      }
      const relationshipName = text(node, "relationshipName");
      const [target] = texts(node, "referenceTo");
      if (
        relationshipName &&
        target &&
        (type === "Lookup" || type === "MasterDetail")
      ) {
        const key = `${lower(target)}.${lower(relationshipName)}`;
        const previous = relationships.get(key);
        if (previous) {
          out(
            field.file,
            `relationshipName "${relationshipName}" is already used on ${target} by ${previous}`
          );
        } else relationships.set(key, `${obj.name}.${field.name}`);
      }
      for (const valueSet of all(node, "valueSet")) {
        const name = text(valueSet, "valueSetName");
        if (name && !inv.globalValueSets.has(lower(name))) {
          out(field.file, `valueSetName "${name}": unknown global value set`);
        }
      }
      const foreignKey = text(node, "summaryForeignKey");
      if (type === "Summary" && foreignKey) {
        const qualified = splitQualified(foreignKey);
        const result = qualified && resolveField(inv, ...qualified);
        if (!result?.ok) {
          out(
            field.file,
            `summaryForeignKey "${foreignKey}": ${result?.message ?? "expected Object.Field"}`
          );
        } else if (
          result.field &&
          text(result.field.node, "type") !== "MasterDetail"
        ) {
          out(
            field.file,
            `summaryForeignKey "${foreignKey}" is not a MasterDetail field`
          );
        }
        const summarized = text(node, "summarizedField");
        const summarizedParts = summarized && splitQualified(summarized);
        if (summarizedParts) {
          const problem = fieldProblem(
            inv,
            ...summarizedParts,
            `summarizedField "${summarized}"`
          );
          if (problem) out(field.file, problem);
        }
      }
    }
  }
}

function checkObjectChildren(project, inv, out) {
  for (const obj of inv.objects.values()) {
    for (const rule of obj.validationRules.values()) {
      const node = project.xml(rule.file)?.node;
      if (!node) continue;
      if (!text(node, "errorConditionFormula")) {
        out(rule.file, "validation rule needs <errorConditionFormula>");
      }
      if (!text(node, "errorMessage")) {
        out(rule.file, "validation rule needs <errorMessage>");
      }
      const display = text(node, "errorDisplayField");
      if (display) {
        const problem = fieldProblem(
          inv,
          obj.name,
          display,
          `errorDisplayField "${display}"`
        );
        if (problem) out(rule.file, problem);
      }
    }
    for (const layout of obj.compactLayouts.values()) {
      const node = project.xml(layout.file)?.node;
      for (const field of texts(node, "fields")) {
        const problem = fieldProblem(
          inv,
          obj.name,
          field,
          `compact layout field "${field}"`
        );
        if (problem) out(layout.file, problem);
      }
    }
    for (const view of obj.listViews.values()) {
      const node = project.xml(view.file)?.node;
      for (const column of texts(node, "columns")) {
        const problem = resolveListViewToken(inv, obj.name, column);
        if (problem) out(view.file, `list view column "${column}": ${problem}`);
      }
      for (const field of texts(node, "filters.field")) {
        const problem = resolveListViewToken(inv, obj.name, field);
        if (problem)
          out(view.file, `list view filter field "${field}": ${problem}`);
      }
    }
    for (const recordType of obj.recordTypes.values()) {
      const node = project.xml(recordType.file)?.node;
      const process = text(node, "businessProcess");
      if (process && !obj.businessProcesses.has(lower(process))) {
        out(
          recordType.file,
          `businessProcess "${process}": not defined on ${obj.name}`
        );
      }
    }
  }
}

function checkLayouts(project, inv, out) {
  for (const { file } of inv.layouts.values()) {
    const objectName = layoutObject(file);
    if (!objectName || !resolveObject(inv, objectName)) {
      out(
        file,
        `layout file name must be "<Object>-<Layout Name>" with a known object (got "${objectName ?? path.posix.basename(file)}")`
      );
      continue;
    }
    const node = project.xml(file)?.node;
    for (const field of texts(
      node,
      "layoutSections.layoutColumns.layoutItems.field"
    )) {
      const problem = fieldProblem(
        inv,
        objectName,
        field,
        `layout field "${field}"`
      );
      if (problem) out(file, problem);
    }
    for (const relatedList of texts(node, "relatedLists.relatedList")) {
      const qualified = splitQualified(relatedList);
      if (qualified) {
        const problem = fieldProblem(
          inv,
          ...qualified,
          `related list "${relatedList}"`
        );
        if (problem) out(file, problem);
      } else if (/__r$/i.test(relatedList)) {
        const name = relatedList.slice(0, -3);
        const found = [...inv.objects.values()].some((obj) =>
          [...obj.fields.values()].some(
            (field) =>
              lower(text(field.node, "relationshipName") ?? "") ===
                lower(name) &&
              texts(field.node, "referenceTo").some(
                (target) => lower(target) === lower(objectName)
              )
          )
        );
        if (!found) {
          out(
            file,
            `related list "${relatedList}": no lookup to ${objectName} has relationshipName "${name}"`
          );
        }
      }
    }
  }
}

function lwcTargets(bundle) {
  return texts(bundle?.node, "targets.target");
}

function checkTabsAndApps(project, inv, out) {
  for (const tab of inv.tabs.values()) {
    const node = project.xml(tab.file)?.node;
    if (!node) continue;
    if (isTrue(node, "customObject")) {
      const obj = resolveObject(inv, tab.name);
      if (!obj || !obj.project || obj.kind !== "custom") {
        out(
          tab.file,
          `custom object tab "${tab.name}": no custom object ${tab.name} in the project`
        );
      }
    }
    const component = text(node, "lwcComponent");
    if (component) {
      const bundle = inv.lwc.get(lower(component));
      if (!bundle)
        out(
          tab.file,
          `lwcComponent "${component}": no LWC bundle ${component}`
        );
      else if (
        !isTrue(bundle.node, "isExposed") ||
        !lwcTargets(bundle).includes("lightning__Tab")
      ) {
        out(
          tab.file,
          `lwcComponent "${component}" must be isExposed with target lightning__Tab`
        );
      }
    }
    const flexiPage = text(node, "flexiPage");
    if (flexiPage && !inv.flexipages.has(lower(flexiPage))) {
      out(tab.file, `flexiPage "${flexiPage}": no such flexipage`);
    }
  }

  for (const app of inv.applications.values()) {
    const node = project.xml(app.file)?.node;
    if (!node) continue;
    for (const tab of texts(node, "tabs")) {
      if (!tab.startsWith("standard-") && !inv.tabs.has(lower(tab))) {
        out(app.file, `tab "${tab}": no such tab in the project`);
      }
    }
    const utilityBar = text(node, "utilityBar");
    if (utilityBar) {
      const page = inv.flexipages.get(lower(utilityBar));
      if (!page) out(app.file, `utilityBar "${utilityBar}": no such flexipage`);
      else if (text(project.xml(page.file)?.node, "type") !== "UtilityBar") {
        out(
          app.file,
          `utilityBar "${utilityBar}" is not a flexipage of type UtilityBar`
        );
      }
    }
    for (const override of [
      ...all(node, "actionOverrides"),
      ...all(node, "profileActionOverrides")
    ]) {
      const content = text(override, "content");
      if (
        content &&
        text(override, "type") === "Flexipage" &&
        !inv.flexipages.has(lower(content))
      ) {
        out(
          app.file,
          `action override content "${content}": no such flexipage`
        );
      }
      const sobject = text(override, "pageOrSobjectType");
      if (
        sobject &&
        !sobject.startsWith("standard-") &&
        !resolveObject(inv, sobject)
      ) {
        out(
          app.file,
          `action override pageOrSobjectType "${sobject}": unknown object`
        );
      }
    }
  }
}

function checkFlexipages(project, inv, out) {
  for (const page of inv.flexipages.values()) {
    const node = project.xml(page.file)?.node;
    if (!node) continue;
    const type = text(node, "type");
    const sobject = text(node, "sobjectType");
    if (sobject && !resolveObject(inv, sobject)) {
      out(page.file, `sobjectType "${sobject}": unknown object`);
    }
    for (const componentName of deep(node, "componentName").map(String)) {
      const name = lwcNameOf(componentName);
      if (!name) continue;
      const bundle = inv.lwc.get(lower(name));
      if (!bundle) {
        if (!inv.aura.has(lower(name))) {
          out(page.file, `component "${componentName}": no LWC bundle ${name}`);
        }
        continue;
      }
      const target = FLEXIPAGE_TARGETS[type];
      if (!isTrue(bundle.node, "isExposed")) {
        out(page.file, `component "${componentName}" is not isExposed`);
      } else if (target && !lwcTargets(bundle).includes(target)) {
        out(
          page.file,
          `component "${componentName}" has no target ${target} (page type ${type})`
        );
      }
    }
    for (const item of deep(node, "fieldItem").map(String)) {
      const match = /^Record\.(.+)$/.exec(item);
      if (match && sobject) {
        const problem = fieldProblem(
          inv,
          sobject,
          match[1],
          `fieldItem "${item}"`
        );
        if (problem) out(page.file, problem);
      }
    }
  }
}

function checkCustomMetadataRecords(project, inv, out) {
  for (const record of inv.customMetadataRecords.values()) {
    const [typeName] = record.name.split(".");
    const type = `${typeName}__mdt`;
    const obj = resolveObject(inv, type);
    if (!obj) {
      out(record.file, `custom metadata type ${type} is not in the project`);
      continue;
    }
    const node = project.xml(record.file)?.node;
    if (!node) continue;
    if (!text(node, "label"))
      out(record.file, "custom metadata record needs a <label>");
    for (const field of texts(node, "values.field")) {
      const problem = fieldProblem(inv, type, field, `value field "${field}"`);
      if (problem) out(record.file, problem);
    }
  }
}

function checkSchemaImport(inv, reference) {
  const parts = reference.split(".");
  const obj = resolveObject(inv, parts[0]);
  if (!obj) return `unknown object "${parts[0]}"`;
  if (parts.length === 1) return null;
  const first = parts[1];
  if (/__r$/i.test(first)) {
    const result = resolveField(inv, parts[0], `${first.slice(0, -3)}__c`);
    return result.ok ? null : result.message;
  }
  if (parts.length > 2) {
    const standardHop =
      obj.kind === "standard" ||
      CUSTOM_OBJECT_STANDARD_RELATIONSHIPS.some(
        (name) => lower(name) === lower(first)
      );
    return standardHop ? null : `unknown relationship "${parts[0]}.${first}"`;
  }
  const result = resolveField(inv, parts[0], first);
  return result.ok ? null : result.message;
}

/**
 * Resolves one module specifier imported by an LWC (pure over the inventory).
 * @param {ReturnType<typeof buildInventory>} inv
 * @param {string} specifier
 * @param {(className: string) => string | null} classSource Apex source by class name
 * @returns {string | null} problem message, or null
 */
export function resolveLwcImport(inv, specifier, classSource) {
  let match = /^c\/([A-Za-z0-9_]+)$/.exec(specifier);
  if (match) {
    return inv.lwc.has(lower(match[1])) ? null : `no LWC bundle ${match[1]}`;
  }
  match = /^@salesforce\/apex\/([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)$/.exec(
    specifier
  );
  if (match) {
    const source = classSource(match[1]);
    if (source === null) return `no Apex class ${match[1]}`;
    return new RegExp(`\\b${match[2]}\\s*\\(`, "i").test(source)
      ? null
      : `no method ${match[2]} in Apex class ${match[1]}`;
  }
  match = /^@salesforce\/schema\/(.+)$/.exec(specifier);
  if (match) return checkSchemaImport(inv, match[1]);
  match = /^@salesforce\/label\/c\.(.+)$/.exec(specifier);
  if (match)
    return inv.labels.has(lower(match[1]))
      ? null
      : `no custom label ${match[1]}`;
  match = /^@salesforce\/messageChannel\/(.+)__c$/.exec(specifier);
  if (match) {
    return inv.messageChannels.has(lower(match[1]))
      ? null
      : `no message channel ${match[1]}`;
  }
  match = /^@salesforce\/resourceUrl\/(.+)$/.exec(specifier);
  if (match) {
    return inv.staticResources.has(lower(match[1]))
      ? null
      : `no static resource ${match[1]}`;
  }
  match = /^@salesforce\/customPermission\/(.+)$/.exec(specifier);
  if (match) {
    return inv.customPermissions.has(lower(match[1]))
      ? null
      : `no custom permission ${match[1]}`;
  }
  return null;
}

const IMPORT_PATTERN =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

function checkLwcSources(project, inv, out) {
  const classSource = (name) => {
    const entry = inv.classes.get(lower(name));
    return entry ? project.read(entry.file) : null;
  };
  for (const bundle of inv.lwc.values()) {
    const code = bundle.files.filter(
      (file) =>
        !file.includes("/__tests__/") &&
        !file.endsWith(".d.ts") &&
        (file.endsWith(".ts") || file.endsWith(".js"))
    );
    const hasTs = code.some((file) => file.endsWith(".ts"));
    for (const file of code.filter((name) =>
      name.endsWith(hasTs ? ".ts" : ".js")
    )) {
      const source = project.read(file);
      for (const [, specifier] of source.matchAll(IMPORT_PATTERN)) {
        const problem = resolveLwcImport(inv, specifier, classSource);
        if (problem) out(file, `import "${specifier}": ${problem}`);
      }
    }
    for (const file of bundle.files.filter(
      (name) => name.endsWith(".html") && !name.includes("/__tests__/")
    )) {
      const tags = new Set(
        [...project.read(file).matchAll(/<c-([a-z0-9_-]+)/g)].map((m) => m[1])
      );
      for (const tag of tags) {
        const name = tagToBundle(tag);
        if (!inv.lwc.has(lower(name))) {
          out(file, `<c-${tag}>: no LWC bundle ${name}`);
        }
      }
    }
    for (const object of texts(
      bundle.node,
      "targetConfigs.targetConfig.objects.object"
    )) {
      if (!resolveObject(inv, object)) {
        out(bundle.metaFile, `targetConfig object "${object}": unknown object`);
      }
    }
  }
}

function checkTriggers(project, inv, out) {
  for (const trigger of inv.triggers.values()) {
    const declaration = triggerDeclaration(project.read(trigger.file));
    if (!declaration) {
      out(trigger.file, "cannot find `trigger <Name> on <Object> (...)`");
    } else if (!resolveObject(inv, declaration.object)) {
      out(trigger.file, `trigger on unknown object "${declaration.object}"`);
    }
  }
}

/**
 * References between metadata resolve: fields (referenceTo, valueSetName,
 * roll-ups), validation rules, compact layouts, list views, layouts, tabs,
 * applications, flexipages, custom metadata records, report types, report
 * folders and reports (reports.mjs),
 * LWC imports/templates/targets and triggers. Permission sets: permissions.mjs.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkReferences(project) {
  const inv = buildInventory(project);
  const problems = [];
  const out = (file, message) => problems.push({ file, message });
  checkFieldRefs(inv, out);
  checkObjectChildren(project, inv, out);
  checkLayouts(project, inv, out);
  checkTabsAndApps(project, inv, out);
  checkFlexipages(project, inv, out);
  checkCustomMetadataRecords(project, inv, out);
  checkReportMetadata(project, inv, out);
  checkLwcSources(project, inv, out);
  checkTriggers(project, inv, out);
  return problems;
}
