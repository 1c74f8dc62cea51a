import { buildInventory } from "./lib/inventory.mjs";
import { all, isTrue, text } from "./lib/parse.mjs";

// Field types a CustomField may have.
export const FIELD_TYPES = new Set([
  "Text",
  "TextArea",
  "LongTextArea",
  "Html",
  "EncryptedText",
  "Email",
  "Phone",
  "Url",
  "Number",
  "Currency",
  "Percent",
  "Checkbox",
  "Date",
  "DateTime",
  "Time",
  "Picklist",
  "MultiselectPicklist",
  "Lookup",
  "MasterDetail",
  "Summary",
  "AutoNumber",
  "Location",
  "ExternalLookup",
  "IndirectLookup",
  "Hierarchy",
  "MetadataRelationship"
]);

// Return types a formula field may have.
export const FORMULA_TYPES = new Set([
  "Checkbox",
  "Currency",
  "Date",
  "DateTime",
  "Number",
  "Percent",
  "Text",
  "Time"
]);

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__c$/;
const RELATIONSHIP_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/;

const intOf = (value) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;

function requireInt(node, tag, min, max, type, out) {
  const raw = text(node, tag);
  if (raw === undefined || raw === "") {
    out.push(`${type} field needs <${tag}>`);
    return undefined;
  }
  const value = intOf(raw);
  if (value === undefined || value < min || value > max) {
    out.push(
      `<${tag}> ${raw} is out of range ${min}–${max} for a ${type} field`
    );
    return undefined;
  }
  return value;
}

const has = (node, tag) => (text(node, tag) ?? "") !== "";

/**
 * Checks one custom field definition (pure).
 * @param {{ objectKind: "custom" | "event" | "metadata" | "standard",
 *   fieldName: string, root: string, node: object }} field
 * @returns {string[]} problem messages
 */
export function checkFieldDefinition({ objectKind, fieldName, root, node }) {
  const out = [];
  if (root !== "CustomField") {
    return [`root element is <${root}>, expected <CustomField>`];
  }
  if (!FIELD_NAME.test(fieldName)) {
    out.push(
      `"${fieldName}" is not a valid custom field API name (letters, digits, single underscores, ending in __c)`
    );
  } else if (fieldName.length - 3 > 40) {
    out.push(
      `API name "${fieldName}" is longer than 40 characters (before __c)`
    );
  }
  const label = text(node, "label") ?? "";
  if (label === "") out.push("missing <label>");
  else if (label.length > 40) out.push("<label> is longer than 40 characters");

  const description = text(node, "description") ?? "";
  if (description === "") out.push("missing <description>");
  else if (description.length > 1000) {
    out.push("<description> is longer than 1000 characters");
  }
  const helpText = text(node, "inlineHelpText") ?? "";
  const helpOptional = objectKind === "event" || objectKind === "metadata";
  if (helpText === "" && !helpOptional) out.push("missing <inlineHelpText>");
  else if (helpText.length > 510) {
    out.push("<inlineHelpText> is longer than 510 characters");
  }

  const type = text(node, "type");
  if (type === undefined || type === "") {
    out.push("missing <type>");
    return out;
  }
  if (!FIELD_TYPES.has(type)) {
    out.push(`unknown field type "${type}"`);
    return out;
  }
  if (has(node, "formula")) {
    if (!FORMULA_TYPES.has(type)) {
      out.push(`a formula field cannot have type ${type}`);
    }
    return out;
  }
  switch (type) {
    case "Text":
      requireInt(node, "length", 1, 255, type, out);
      break;
    case "LongTextArea":
      requireInt(node, "length", 256, 131072, type, out);
      requireInt(node, "visibleLines", 1, 1000, type, out);
      break;
    case "Html":
      if (!has(node, "length")) out.push("Html field needs <length>");
      if (!has(node, "visibleLines"))
        out.push("Html field needs <visibleLines>");
      break;
    case "EncryptedText":
      if (!has(node, "length")) out.push("EncryptedText field needs <length>");
      break;
    case "Number":
    case "Currency":
    case "Percent": {
      const precision = requireInt(node, "precision", 1, 18, type, out);
      const scale = requireInt(node, "scale", 0, 18, type, out);
      if (precision !== undefined && scale !== undefined && scale > precision) {
        out.push(`<scale> ${scale} exceeds <precision> ${precision}`);
      }
      break;
    }
    case "Checkbox":
      if (!["true", "false"].includes(text(node, "defaultValue") ?? "")) {
        out.push("Checkbox field needs <defaultValue> true or false");
      }
      break;
    case "Picklist":
    case "MultiselectPicklist": {
      const valueSet = all(node, "valueSet")[0];
      const definition = all(valueSet, "valueSetDefinition")[0];
      if (!valueSet || (!definition && !has(valueSet, "valueSetName"))) {
        out.push(
          `${type} field needs <valueSet> with a <valueSetDefinition> or a <valueSetName>`
        );
      }
      if (definition && type === "Picklist") {
        const defaults = all(definition, "value").filter((value) =>
          isTrue(value, "default")
        );
        if (defaults.length > 1) {
          out.push(
            "a Picklist can have only one <default>true</default> value"
          );
        }
      }
      if (type === "MultiselectPicklist" && !has(node, "visibleLines")) {
        out.push("MultiselectPicklist field needs <visibleLines>");
      }
      break;
    }
    case "Lookup":
    case "MasterDetail": {
      if (!has(node, "referenceTo"))
        out.push(`${type} field needs <referenceTo>`);
      const relationshipName = text(node, "relationshipName") ?? "";
      if (relationshipName === "") {
        out.push(`${type} field needs <relationshipName>`);
      } else if (!RELATIONSHIP_NAME.test(relationshipName)) {
        out.push(
          `<relationshipName> "${relationshipName}" is not valid (no __r suffix, no double underscores)`
        );
      }
      break;
    }
    case "MetadataRelationship":
      if (!has(node, "referenceTo"))
        out.push(`${type} field needs <referenceTo>`);
      break;
    case "Summary":
      if (!has(node, "summaryOperation")) {
        out.push("Summary field needs <summaryOperation>");
      }
      if (!has(node, "summaryForeignKey")) {
        out.push("Summary field needs <summaryForeignKey>");
      }
      if (
        (text(node, "summaryOperation") ?? "count") !== "count" &&
        !has(node, "summarizedField")
      ) {
        out.push("Summary field other than count needs <summarizedField>");
      }
      break;
    case "AutoNumber":
      if (!has(node, "displayFormat"))
        out.push("AutoNumber field needs <displayFormat>");
      break;
    default:
      break;
  }
  return out;
}

/**
 * Checks one object definition (`<Obj>.object-meta.xml`) of a custom object,
 * custom metadata type or platform event (pure).
 * @param {{ objectKind: string, root: string, node: object,
 *   hasMasterDetail: boolean, hasSharingReasons?: boolean }} object
 * @returns {string[]} problem messages
 */
export function checkObjectDefinition({
  objectKind,
  root,
  node,
  hasMasterDetail,
  hasSharingReasons = false
}) {
  if (root !== "CustomObject") {
    return [`root element is <${root}>, expected <CustomObject>`];
  }
  if (objectKind === "standard") return [];
  const out = [];
  if (!has(node, "label")) out.push("missing <label>");
  if (!has(node, "pluralLabel")) out.push("missing <pluralLabel>");
  if (objectKind === "custom") {
    const nameField = all(node, "nameField")[0];
    if (!nameField) out.push("custom object needs a <nameField>");
    else {
      if (!has(nameField, "label")) out.push("<nameField> needs a <label>");
      const type = text(nameField, "type");
      if (type !== "Text" && type !== "AutoNumber") {
        out.push("<nameField> needs <type> Text or AutoNumber");
      } else if (type === "AutoNumber" && !has(nameField, "displayFormat")) {
        out.push("AutoNumber <nameField> needs a <displayFormat>");
      }
    }
    const sharingModel = text(node, "sharingModel");
    if (sharingModel === "ControlledByParent" && !hasMasterDetail) {
      out.push("sharingModel ControlledByParent needs a MasterDetail field");
    }
    if (
      hasSharingReasons &&
      sharingModel !== "Private" &&
      sharingModel !== "Read"
    ) {
      out.push(
        `Apex sharing reasons need sharingModel Private or Read (is ${sharingModel ?? "unset"})`
      );
    }
    const external = text(node, "externalSharingModel");
    const openness = ["Private", "Read", "ReadWrite", "ReadWriteTransfer"];
    if (
      external &&
      openness.includes(external) &&
      openness.includes(sharingModel) &&
      openness.indexOf(external) > openness.indexOf(sharingModel)
    ) {
      out.push(
        `externalSharingModel ${external} is more open than sharingModel ${sharingModel}`
      );
    }
  }
  return out;
}

/**
 * Custom fields: known type, description, help text and per-type attributes;
 * custom object definitions: labels and name field.
 * @param {ReturnType<import("./lib/project.mjs").createProject>} project
 * @returns {{ file: string, message: string }[]}
 */
export function checkFields(project) {
  const inv = buildInventory(project);
  const problems = [];
  for (const obj of inv.objects.values()) {
    if (obj.metaFile) {
      const parsed = project.xml(obj.metaFile);
      if (parsed) {
        const hasMasterDetail = [...obj.fields.values()].some(
          (field) => text(field.node, "type") === "MasterDetail"
        );
        for (const message of checkObjectDefinition({
          objectKind: obj.kind,
          root: parsed.root,
          node: parsed.node,
          hasMasterDetail,
          hasSharingReasons: obj.sharingReasons.size > 0
        })) {
          problems.push({ file: obj.metaFile, message });
        }
      }
    }
    for (const field of obj.fields.values()) {
      const parsed = project.xml(field.file);
      if (!parsed) continue; // reported by the XML check
      // Standard fields of standard objects (picklist customisations etc.)
      if (obj.kind === "standard" && !/__c$/i.test(field.name)) continue;
      for (const message of checkFieldDefinition({
        objectKind: obj.kind,
        fieldName: field.name,
        root: parsed.root,
        node: parsed.node
      })) {
        problems.push({ file: field.file, message });
      }
    }
  }
  return problems;
}
