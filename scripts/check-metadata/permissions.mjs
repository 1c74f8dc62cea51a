import {
  buildInventory,
  resolveField,
  resolveObject,
  splitQualified
} from "./lib/inventory.mjs";
import { all, isTrue, text, texts } from "./lib/parse.mjs";
import {
  CUSTOM_OBJECT_NON_PERMISSIONABLE_FIELDS,
  NON_PERMISSIONABLE_STANDARD_FIELDS
} from "./lib/standard.mjs";

const lower = (value) => String(value).toLowerCase();

// objectPermissions flag → flags it requires (as a deployment enforces them)
const OBJECT_PERMISSION_DEPENDENCIES = {
  allowCreate: ["allowRead"],
  allowEdit: ["allowRead"],
  allowDelete: ["allowRead", "allowEdit"],
  viewAllRecords: ["allowRead"],
  modifyAllRecords: ["allowRead", "allowEdit", "allowDelete", "viewAllRecords"]
};

const TAB_VISIBILITIES = ["Available", "Visible", "None"];

/**
 * Rules on one `<objectPermissions>` entry (pure).
 * @param {object} entry parsed objectPermissions element
 * @returns {string[]} problem messages
 */
export function objectPermissionRules(entry) {
  const object = text(entry, "object") ?? "?";
  const out = [];
  for (const [flag, needs] of Object.entries(OBJECT_PERMISSION_DEPENDENCIES)) {
    if (!isTrue(entry, flag)) continue;
    const missing = needs.filter((need) => !isTrue(entry, need));
    if (missing.length > 0) {
      out.push(
        `objectPermissions ${object}: ${flag} requires ${missing.join(", ")}`
      );
    }
  }
  return out;
}

/**
 * Rules on one `<fieldPermissions>` entry given the resolved field (pure).
 * @param {object} entry parsed fieldPermissions element
 * @param {{ objectName: string, objectKind: string, fieldName: string,
 *   fieldNode: object | null }} field resolved field (fieldNode null for standard fields)
 * @returns {string[]} problem messages
 */
export function fieldPermissionRules(
  entry,
  { objectName, objectKind, fieldName, fieldNode }
) {
  const name = `${objectName}.${fieldName}`;
  const out = [];
  const editable = isTrue(entry, "editable");
  if (editable && !isTrue(entry, "readable")) {
    out.push(`fieldPermissions ${name}: editable requires readable`);
  }
  if (fieldNode) {
    const type = text(fieldNode, "type");
    if (isTrue(fieldNode, "required")) {
      out.push(
        `fieldPermissions ${name}: a required field cannot be in a permission set`
      );
    }
    if (type === "MasterDetail") {
      out.push(
        `fieldPermissions ${name}: a master-detail field cannot be in a permission set`
      );
    }
    if (editable) {
      if (text(fieldNode, "formula")) {
        out.push(
          `fieldPermissions ${name}: a formula field cannot be editable`
        );
      } else if (type === "AutoNumber" || type === "Summary") {
        out.push(
          `fieldPermissions ${name}: a${type === "AutoNumber" ? "n AutoNumber" : " roll-up summary"} field cannot be editable`
        );
      }
    }
    return out;
  }
  const fixed =
    objectKind === "custom"
      ? CUSTOM_OBJECT_NON_PERMISSIONABLE_FIELDS
      : (Object.entries(NON_PERMISSIONABLE_STANDARD_FIELDS).find(
          ([object]) => lower(object) === lower(objectName)
        )?.[1] ?? []);
  if (fixed.some((standard) => lower(standard) === lower(fieldName))) {
    out.push(
      `fieldPermissions ${name}: a required or system field cannot be in a permission set`
    );
  }
  return out;
}

function checkPermissionSet(project, inv, file, out) {
  const parsed = project.xml(file);
  if (!parsed) return;
  const { root, node } = parsed;
  if (root !== "PermissionSet") {
    out(file, `root element is <${root}>, expected <PermissionSet>`);
    return;
  }
  if (!text(node, "label")) out(file, "permission set needs a <label>");

  for (const entry of all(node, "objectPermissions")) {
    const object = text(entry, "object") ?? "";
    const obj = resolveObject(inv, object);
    if (!obj) {
      out(file, `objectPermissions "${object}": unknown object`);
      continue;
    }
    if (obj.kind === "metadata") {
      out(
        file,
        `objectPermissions "${object}": custom metadata types take customMetadataTypeAccesses`
      );
      continue;
    }
    if (obj.kind === "event") {
      const extra = [
        "allowEdit",
        "allowDelete",
        "viewAllRecords",
        "modifyAllRecords"
      ].filter((flag) => isTrue(entry, flag));
      if (extra.length > 0) {
        out(
          file,
          `objectPermissions "${object}": a platform event allows only allowRead and allowCreate (not ${extra.join(", ")})`
        );
      }
    }
    for (const message of objectPermissionRules(entry)) out(file, message);
  }

  for (const entry of all(node, "fieldPermissions")) {
    const qualified = text(entry, "field") ?? "";
    const parts = splitQualified(qualified);
    if (!parts) {
      out(file, `fieldPermissions "${qualified}": expected Object.Field`);
      continue;
    }
    const result = resolveField(inv, ...parts);
    if (!result.ok) {
      out(file, `fieldPermissions "${qualified}": ${result.message}`);
      continue;
    }
    for (const message of fieldPermissionRules(entry, {
      objectName: result.object.name,
      objectKind: result.object.kind,
      fieldName: result.field?.name ?? parts[1],
      fieldNode: result.field?.node ?? null
    })) {
      out(file, message);
    }
  }

  for (const name of texts(node, "classAccesses.apexClass")) {
    if (!inv.classes.has(lower(name)))
      out(file, `classAccesses "${name}": no such Apex class`);
  }
  for (const entry of all(node, "tabSettings")) {
    const tab = text(entry, "tab") ?? "";
    if (!tab.startsWith("standard-") && !inv.tabs.has(lower(tab))) {
      out(file, `tabSettings "${tab}": no such tab in the project`);
    }
    const visibility = text(entry, "visibility");
    if (!TAB_VISIBILITIES.includes(visibility)) {
      out(
        file,
        `tabSettings "${tab}": visibility must be one of ${TAB_VISIBILITIES.join(", ")}`
      );
    }
  }
  for (const name of texts(node, "applicationVisibilities.application")) {
    if (!name.startsWith("standard__") && !inv.applications.has(lower(name))) {
      out(file, `applicationVisibilities "${name}": no such application`);
    }
  }
  for (const name of texts(node, "customMetadataTypeAccesses.name")) {
    const obj = resolveObject(inv, name);
    if (!obj || obj.kind !== "metadata") {
      out(
        file,
        `customMetadataTypeAccesses "${name}": no such custom metadata type`
      );
    }
  }
  for (const name of texts(node, "customSettingAccesses.name")) {
    if (!resolveObject(inv, name))
      out(file, `customSettingAccesses "${name}": unknown object`);
  }
  for (const name of texts(node, "customPermissions.name")) {
    if (!inv.customPermissions.has(lower(name))) {
      out(file, `customPermissions "${name}": no such custom permission`);
    }
  }
  for (const name of texts(node, "flowAccesses.flow")) {
    if (!inv.flows.has(lower(name)))
      out(file, `flowAccesses "${name}": no such flow`);
  }
  for (const qualified of texts(node, "recordTypeVisibilities.recordType")) {
    const parts = splitQualified(qualified);
    const obj = parts && resolveObject(inv, parts[0]);
    if (!obj) {
      out(file, `recordTypeVisibilities "${qualified}": unknown object`);
    } else if (
      obj.kind === "custom" &&
      !obj.project?.recordTypes.has(lower(parts[1]))
    ) {
      out(file, `recordTypeVisibilities "${qualified}": no such record type`);
    }
  }
}

/**
 * Permission sets (and permission set groups) name things that exist and obey
 * the rules a deployment enforces on object and field permissions.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkPermissions(project) {
  const inv = buildInventory(project);
  const problems = [];
  const out = (file, message) => problems.push({ file, message });
  for (const { file } of inv.permissionSets.values()) {
    checkPermissionSet(project, inv, file, out);
  }
  for (const { file } of inv.permissionSetGroups.values()) {
    for (const name of texts(project.xml(file)?.node, "permissionSets")) {
      if (!inv.permissionSets.has(lower(name))) {
        out(file, `permissionSets "${name}": no such permission set`);
      }
    }
  }
  return problems;
}
