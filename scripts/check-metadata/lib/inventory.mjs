import path from "node:path";
import {
  STANDARD_OBJECTS,
  CUSTOM_OBJECT_STANDARD_FIELDS,
  CUSTOM_METADATA_STANDARD_FIELDS,
  PLATFORM_EVENT_STANDARD_FIELDS
} from "./standard.mjs";
import { texts } from "./parse.mjs";

const OBJECT_CHILDREN = {
  fields: "field",
  recordTypes: "recordType",
  validationRules: "validationRule",
  listViews: "listView",
  compactLayouts: "compactLayout",
  fieldSets: "fieldSet",
  webLinks: "webLink",
  businessProcesses: "businessProcess",
  sharingReasons: "sharingReason"
};

// suffix of `<name>.<suffix>-meta.xml` → inventory key
const SIMPLE_TYPES = {
  tab: "tabs",
  flexipage: "flexipages",
  globalValueSet: "globalValueSets",
  permissionset: "permissionSets",
  permissionsetgroup: "permissionSetGroups",
  customPermission: "customPermissions",
  flow: "flows",
  messageChannel: "messageChannels",
  resource: "staticResources",
  reportType: "reportTypes",
  layout: "layouts",
  md: "customMetadataRecords",
  report: "reports",
  reportFolder: "reportFolders",
  labels: "labelFiles"
};

/**
 * Kind of an object by its API name.
 * @param {string} name
 * @returns {"custom" | "event" | "metadata" | "standard"}
 */
export function objectKind(name) {
  if (/__c$/i.test(name)) return "custom";
  if (/__e$/i.test(name)) return "event";
  if (/__mdt$/i.test(name)) return "metadata";
  return "standard";
}

const lower = (value) => String(value).toLowerCase();

function newObject(name) {
  return {
    name,
    kind: objectKind(name),
    metaFile: null,
    node: null,
    fields: new Map(),
    recordTypes: new Map(),
    validationRules: new Map(),
    listViews: new Map(),
    compactLayouts: new Map(),
    fieldSets: new Map(),
    webLinks: new Map(),
    businessProcesses: new Map(),
    sharingReasons: new Map()
  };
}

function bundleOf(file, folder) {
  const parts = file.split("/");
  const index = parts.lastIndexOf(folder);
  if (index < 0 || parts.length < index + 3) return null;
  return { name: parts[index + 1], dir: parts.slice(0, index + 2).join("/") };
}

const cache = new WeakMap();

/**
 * Index of everything the project defines (deployable files only): objects
 * with their fields and children, classes, triggers, LWC and Aura bundles, tabs,
 * applications, flexipages, global value sets, permission sets, custom metadata
 * and more. Maps are keyed by lower-case API name (Salesforce names are
 * case-insensitive); values keep the spelling and the defining file.
 * @param {ReturnType<import("./project.mjs").createProject>} project
 */
export function buildInventory(project) {
  if (cache.has(project)) return cache.get(project);
  const inv = {
    objects: new Map(),
    classes: new Map(),
    triggers: new Map(),
    lwc: new Map(),
    aura: new Map(),
    applications: new Map(),
    labels: new Map(),
    ...Object.fromEntries(
      Object.values(SIMPLE_TYPES).map((key) => [key, new Map()])
    )
  };
  const object = (name) => {
    if (!inv.objects.has(lower(name))) {
      inv.objects.set(lower(name), newObject(name));
    }
    return inv.objects.get(lower(name));
  };

  const lwcFiles = [];
  for (const file of project.files) {
    // LWC bundles: the .ts source and tests are forceignored but still count.
    const lwc = bundleOf(file, "lwc");
    if (lwc) {
      const base = path.posix.basename(file);
      const isSource =
        (base === `${lwc.name}.ts` || base === `${lwc.name}.js`) &&
        path.posix.dirname(file) === lwc.dir;
      if (isSource || !project.isIgnored(file)) {
        if (!inv.lwc.has(lower(lwc.name))) {
          inv.lwc.set(lower(lwc.name), { ...lwc, files: [] });
        }
      }
      lwcFiles.push([lower(lwc.name), file]);
      continue;
    }
    if (project.isIgnored(file)) continue;
    const aura = bundleOf(file, "aura");
    if (aura) {
      if (!inv.aura.has(lower(aura.name))) {
        inv.aura.set(lower(aura.name), { ...aura, files: [] });
      }
      inv.aura.get(lower(aura.name)).files.push(file);
      continue;
    }
    const parts = file.split("/");
    const base = parts[parts.length - 1];
    const objectsIndex = parts.lastIndexOf("objects");
    if (objectsIndex >= 0 && parts.length > objectsIndex + 2) {
      const obj = object(parts[objectsIndex + 1]);
      const rest = parts.slice(objectsIndex + 2);
      if (rest.length === 1 && base === `${obj.name}.object-meta.xml`) {
        obj.metaFile = file;
      } else if (rest.length === 2 && OBJECT_CHILDREN[rest[0]]) {
        const suffix = `.${OBJECT_CHILDREN[rest[0]]}-meta.xml`;
        if (base.endsWith(suffix)) {
          const name = base.slice(0, -suffix.length);
          obj[rest[0]].set(lower(name), { name, file });
        }
      }
      continue;
    }
    let match = /^(.+)\.cls$/.exec(base);
    if (match) {
      inv.classes.set(lower(match[1]), { name: match[1], file });
      continue;
    }
    match = /^(.+)\.trigger$/.exec(base);
    if (match) {
      inv.triggers.set(lower(match[1]), { name: match[1], file });
      continue;
    }
    match = /^(.+)\.app-meta\.xml$/.exec(base);
    if (match) {
      inv.applications.set(lower(match[1]), { name: match[1], file });
      continue;
    }
    match = /^(.+)\.([A-Za-z]+)-meta\.xml$/.exec(base);
    if (match && SIMPLE_TYPES[match[2]]) {
      inv[SIMPLE_TYPES[match[2]]].set(lower(match[1]), {
        name: match[1],
        file
      });
    }
  }

  for (const [key, file] of lwcFiles) inv.lwc.get(key)?.files.push(file);
  for (const obj of inv.objects.values()) {
    if (obj.metaFile) obj.node = project.xml(obj.metaFile)?.node ?? null;
    for (const field of obj.fields.values()) {
      field.node = project.xml(field.file)?.node ?? null;
    }
  }
  for (const { file } of inv.labelFiles.values()) {
    const parsed = project.xml(file);
    for (const name of texts(parsed?.node, "labels.fullName")) {
      inv.labels.set(lower(name), { name, file });
    }
  }
  for (const bundle of inv.lwc.values()) {
    const metaFile = `${bundle.dir}/${bundle.name}.js-meta.xml`;
    bundle.metaFile = project.has(metaFile) ? metaFile : null;
    bundle.node = bundle.metaFile
      ? (project.xml(bundle.metaFile)?.node ?? null)
      : null;
    bundle.source =
      [
        `${bundle.dir}/${bundle.name}.ts`,
        `${bundle.dir}/${bundle.name}.js`
      ].find((file) => project.has(file)) ?? null;
  }
  cache.set(project, inv);
  return inv;
}

/**
 * Looks an object up in the project or the standard allow-list.
 * @param {ReturnType<typeof buildInventory>} inv
 * @param {string} name
 * @returns {{ name: string, kind: string, project: object | null } | null}
 */
export function resolveObject(inv, name) {
  const project = inv.objects.get(lower(name)) ?? null;
  // A custom object folder without its .object-meta.xml is reported once by
  // the companions check; references to it still resolve.
  if (project) {
    return { name: project.name, kind: project.kind, project };
  }
  const standard = Object.keys(STANDARD_OBJECTS).find(
    (key) => lower(key) === lower(name)
  );
  if (standard) return { name: standard, kind: "standard", project };
  return null;
}

/**
 * Resolves `Object.Field`. Custom fields (`__c`) must be in the project;
 * standard fields of standard objects are trusted; custom objects, custom
 * metadata types and platform events have their own fixed standard fields.
 * @param {ReturnType<typeof buildInventory>} inv
 * @param {string} objectName
 * @param {string} fieldName
 * @returns {{ ok: true, object: object, field: object | null } |
 *   { ok: false, message: string }}
 */
export function resolveField(inv, objectName, fieldName) {
  const obj = resolveObject(inv, objectName);
  if (!obj) {
    return { ok: false, message: `unknown object "${objectName}"` };
  }
  const field = obj.project?.fields.get(lower(fieldName)) ?? null;
  if (field) return { ok: true, object: obj, field };
  const standardFields = {
    custom: CUSTOM_OBJECT_STANDARD_FIELDS,
    metadata: CUSTOM_METADATA_STANDARD_FIELDS,
    event: PLATFORM_EVENT_STANDARD_FIELDS
  }[obj.kind];
  const known = standardFields
    ? standardFields.some((name) => lower(name) === lower(fieldName))
    : !/__c$/i.test(fieldName);
  if (known) return { ok: true, object: obj, field: null };
  return {
    ok: false,
    message: `unknown field "${obj.name}.${fieldName}"`
  };
}

/**
 * Splits `Obj.Field` at its first dot.
 * @param {string} qualified
 * @returns {[string, string] | null}
 */
export function splitQualified(qualified) {
  const index = qualified.indexOf(".");
  if (index <= 0 || index === qualified.length - 1) return null;
  return [qualified.slice(0, index), qualified.slice(index + 1)];
}
