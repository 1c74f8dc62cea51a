import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as prettier from "prettier";
import { parseDocument } from "yaml";

/** The visitor API's OpenAPI document, relative to the project root. */
export const DOCUMENT_PATH = "docs/api/visitor-routing-v1.openapi.yaml";

/** The static resource the Apex tests read the document's examples from. */
export const RESOURCE_PATH =
  "force-app/test/api/staticresources/VisitorApiExamples.json";

/**
 * Example names the Apex tests read from the static resource: renaming or dropping one in the
 * document would break them in an org, so the check fails here first.
 */
export const REQUIRED_EXAMPLES = Object.freeze({
  requests: ["minimal", "knownContact", "outreachClick", "full"],
  responses: ["offered", "claimed", "unanswered", "cancelled"],
  errors: [
    "invalidEmail",
    "unknownKey",
    "notFound",
    "conversationFinished",
    "payloadTooLarge"
  ]
});

const CATEGORIES = ["requests", "responses", "errors"];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];
const SCHEMA_BASE = "urn:visitor-routing:openapi";
// OpenAPI 3.1's schema dialect adds these annotation keywords to JSON Schema 2020-12.
const OPENAPI_SCHEMA_KEYWORDS = [
  "example",
  "discriminator",
  "xml",
  "externalDocs"
];
const MAX_ERRORS_SHOWN = 5;

/**
 * @typedef {{ file: string, message: string }} Problem
 * @typedef {{
 *   category: "requests" | "responses" | "errors" | null,
 *   name: string | null,
 *   value: unknown,
 *   schemaPointer: string | null,
 *   where: string
 * }} ExampleUse one example as an operation uses it: its name, value and the JSON pointer of the
 *   schema it must satisfy; `category` is where the static resource keeps it (null: not exported)
 */

/**
 * Reads and parses a YAML (or JSON) OpenAPI document; duplicate keys are errors.
 * @param {string} file absolute path
 * @returns {{ document: any, errors: string[] }} the parsed document (null when unreadable)
 */
export function readDocument(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return { document: null, errors: [`cannot be read: ${error.message}`] };
  }
  const parsed = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (parsed.errors.length > 0) {
    return {
      document: null,
      errors: parsed.errors.map(
        (error) => `YAML: ${error.message.split("\n")[0]}`
      )
    };
  }
  const document = parsed.toJS();
  if (document === null || typeof document !== "object") {
    return { document: null, errors: ["is not an OpenAPI document object"] };
  }
  return { document, errors: [] };
}

/**
 * Validates a document against the official OpenAPI 3.1 schema.
 * @param {any} document parsed document
 * @returns {Promise<string[]>} readable errors, empty when valid OpenAPI 3.1
 */
export async function validateOpenApi(document) {
  const validator = new Validator();
  const result = await validator.validate(document);
  if (!result.valid) {
    const errors = Array.isArray(result.errors)
      ? result.errors
      : [{ instancePath: "", message: String(result.errors) }];
    return errors
      .slice(0, MAX_ERRORS_SHOWN)
      .map(
        (error) =>
          `not valid OpenAPI: ${error.instancePath ? `${error.instancePath} ` : ""}${error.message}${formatParams(error.params)}`
      );
  }
  if (validator.version !== "3.1") {
    return [
      `must be OpenAPI 3.1 (JSON Schema 2020-12 schemas), found ${document.openapi}`
    ];
  }
  return [];
}

function formatParams(params) {
  if (!params) return "";
  const detail =
    params.additionalProperty ?? params.missingProperty ?? params.allowedValues;
  return detail === undefined ? "" : ` (${JSON.stringify(detail)})`;
}

function escapePointer(part) {
  return String(part).replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapePointer(part) {
  return part.replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * Follows local `$ref`s (`#/components/...`) from a node of the document.
 * @param {any} document parsed document
 * @param {any} node a node that may be a Reference Object
 * @param {string} pointer JSON pointer of the node
 * @returns {{ node: any, pointer: string }} the referenced node and its pointer
 * @throws {Error} on an external, circular or dangling reference
 */
export function resolveRef(document, node, pointer) {
  const seen = new Set();
  let current = { node, pointer };
  while (current.node && typeof current.node.$ref === "string") {
    const ref = current.node.$ref;
    if (!ref.startsWith("#/")) {
      throw new Error(`${ref}: only local references (#/...) are supported`);
    }
    if (seen.has(ref)) throw new Error(`${ref}: circular reference`);
    seen.add(ref);
    let target = document;
    for (const part of ref.slice(2).split("/").map(unescapePointer)) {
      target = target?.[part];
    }
    if (target === undefined) throw new Error(`${ref} does not exist`);
    current = { node: target, pointer: ref.slice(1) };
  }
  return current;
}

function categoryOfStatus(status) {
  if (/^2(\d\d|XX)$/.test(status)) return "responses";
  if (/^[45](\d\d|XX)$/.test(status) || status === "default") return "errors";
  return null;
}

function isJson(mediaType) {
  return /^application\/(?:[\w.-]+\+)?json(?:;|$)/i.test(mediaType);
}

/**
 * Lists every example the operations use (parameters, request bodies, responses), each with the
 * schema it must satisfy; request-body examples belong to `requests`, 2xx response examples to
 * `responses`, 4xx/5xx to `errors`. Also reports `components.examples` no operation uses
 * (nothing would validate them) and examples without an inline `value`.
 * @param {any} document parsed, valid OpenAPI document
 * @returns {{ uses: ExampleUse[], errors: string[] }}
 */
export function collectExamples(document) {
  const uses = [];
  const errors = [];
  const usedComponents = new Set();

  const addExamples = (holder, holderPointer, context) => {
    const schemaPointer = holder.schema ? `${holderPointer}/schema` : null;
    if (holder.example !== undefined) {
      uses.push({
        category: null,
        name: null,
        value: holder.example,
        schemaPointer,
        where: `${context.where} example`
      });
    }
    for (const [name, raw] of Object.entries(holder.examples ?? {})) {
      const where = `${context.where} example "${name}"`;
      let example;
      try {
        example = resolveRef(
          document,
          raw,
          `${holderPointer}/examples/${escapePointer(name)}`
        );
      } catch (error) {
        errors.push(`${where}: ${error.message}`);
        continue;
      }
      if (example.pointer.startsWith("/components/examples/")) {
        usedComponents.add(example.pointer);
      }
      if (!Object.hasOwn(example.node ?? {}, "value")) {
        errors.push(
          `${where}: needs an inline "value" (externalValue is not checked or exported)`
        );
        continue;
      }
      uses.push({
        category: context.category,
        name,
        value: example.node.value,
        schemaPointer,
        where
      });
    }
  };

  const visit = (raw, pointer, context, visitor) => {
    try {
      const resolved = resolveRef(document, raw, pointer);
      visitor(resolved.node, resolved.pointer);
    } catch (error) {
      errors.push(`${context}: ${error.message}`);
    }
  };

  const visitContent = (holder, holderPointer, context) => {
    for (const [mediaType, media] of Object.entries(holder.content ?? {})) {
      addExamples(
        media ?? {},
        `${holderPointer}/content/${escapePointer(mediaType)}`,
        {
          where: `${context.where} (${mediaType})`,
          category: isJson(mediaType) ? context.category : null
        }
      );
    }
  };

  for (const [route, rawItem] of Object.entries(document.paths ?? {})) {
    visit(
      rawItem,
      `/paths/${escapePointer(route)}`,
      route,
      (item, itemPointer) => {
        const visitParameters = (list, listPointer, where) =>
          (list ?? []).forEach((raw, index) =>
            visit(
              raw,
              `${listPointer}/parameters/${index}`,
              where,
              (param, paramPointer) =>
                addExamples(param, paramPointer, {
                  where: `${where} parameter "${param.name}"`,
                  category: null
                })
            )
          );
        visitParameters(item.parameters, itemPointer, route);
        for (const method of METHODS.filter((m) => item[m])) {
          const operation = item[method];
          const opPointer = `${itemPointer}/${method}`;
          const where = `${method.toUpperCase()} ${route}`;
          visitParameters(operation.parameters, opPointer, where);
          if (operation.requestBody) {
            visit(
              operation.requestBody,
              `${opPointer}/requestBody`,
              where,
              (body, bodyPointer) =>
                visitContent(body, bodyPointer, {
                  where: `${where} request`,
                  category: "requests"
                })
            );
          }
          for (const [status, raw] of Object.entries(
            operation.responses ?? {}
          )) {
            visit(
              raw,
              `${opPointer}/responses/${escapePointer(status)}`,
              `${where} ${status}`,
              (response, responsePointer) =>
                visitContent(response, responsePointer, {
                  where: `${where} ${status}`,
                  category: categoryOfStatus(status)
                })
            );
          }
        }
      }
    );
  }

  for (const name of Object.keys(document.components?.examples ?? {})) {
    if (!usedComponents.has(`/components/examples/${escapePointer(name)}`)) {
      errors.push(
        `components.examples.${name} is used by no operation, so no schema checks it`
      );
    }
  }
  return { uses, errors };
}

/**
 * Validates each example against the JSON Schema 2020-12 schema its media type or parameter
 * declares (Ajv in strict mode, formats checked), resolving `$ref`s inside the document.
 * @param {any} document parsed, valid OpenAPI document
 * @param {ExampleUse[]} uses from collectExamples
 * @returns {string[]} readable errors
 */
export function validateExamples(document, uses) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // `if: {properties: {status: …}}, then: {required: [rep]}` names members defined elsewhere.
    strictRequired: false,
    allowUnionTypes: true
  });
  addFormats(ajv);
  for (const keyword of [...OPENAPI_SCHEMA_KEYWORDS, "components", "paths"]) {
    ajv.addKeyword({ keyword });
  }
  ajv.addSchema({
    $id: SCHEMA_BASE,
    components: document.components ?? {},
    paths: document.paths ?? {}
  });
  const errors = [];
  for (const use of uses) {
    if (!use.schemaPointer) {
      errors.push(`${use.where}: has no schema to validate it against`);
      continue;
    }
    let validate;
    try {
      validate = ajv.getSchema(`${SCHEMA_BASE}#${use.schemaPointer}`);
    } catch (error) {
      errors.push(
        `${use.where}: its schema does not compile: ${error.message}`
      );
      continue;
    }
    if (!validate) {
      errors.push(`${use.where}: schema ${use.schemaPointer} not found`);
      continue;
    }
    if (!validate(use.value)) {
      for (const error of validate.errors.slice(0, MAX_ERRORS_SHOWN)) {
        errors.push(
          `${use.where} does not match its schema: ${error.instancePath || "(value)"} ${error.message}${formatParams(error.params)}`
        );
      }
    }
  }
  return errors;
}

/**
 * Groups the named examples into the static resource's structure, names sorted. An example name
 * used twice in one category must hold the same value wherever it appears.
 * @param {ExampleUse[]} uses from collectExamples
 * @param {{ requests: string[], responses: string[], errors: string[] }} required names that
 *   must exist
 * @returns {{ resource: Record<string, Record<string, unknown>>, errors: string[] }}
 */
export function buildResource(uses, required) {
  const groups = Object.fromEntries(CATEGORIES.map((c) => [c, new Map()]));
  const errors = [];
  for (const use of uses) {
    if (!use.category || use.name === null) continue;
    const group = groups[use.category];
    const earlier = group.get(use.name);
    if (earlier && !isDeepStrictEqual(earlier.value, use.value)) {
      errors.push(
        `${use.where}: another ${use.category} example named "${use.name}" (${earlier.where}) has a different value; give one of them another name`
      );
      continue;
    }
    if (!earlier) group.set(use.name, use);
  }
  for (const category of CATEGORIES) {
    for (const name of required[category] ?? []) {
      if (!groups[category].has(name)) {
        errors.push(
          `no ${category} example named "${name}": the Apex tests read it from ${path.posix.basename(RESOURCE_PATH, ".json")}`
        );
      }
    }
  }
  const resource = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      Object.fromEntries(
        [...groups[category].keys()]
          .sort()
          .map((name) => [name, groups[category].get(name).value])
      )
    ])
  );
  return { resource, errors };
}

/**
 * The static resource's text exactly as the generator writes it: JSON formatted by the
 * project's Prettier configuration, so `prettier:verify` accepts it too.
 * @param {object} resource from buildResource
 * @param {string} file absolute path the text is meant for (selects the Prettier config)
 * @returns {Promise<string>}
 */
export async function renderResource(resource, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(resource, null, 2), {
    ...options,
    filepath: file
  });
}

/**
 * Runs every step for a project: parse, OpenAPI 3.1 validity, examples against their schemas,
 * required example names, and (unless `write`) whether the static resource is in sync.
 * @param {string} root project root
 * @param {{ required?: typeof REQUIRED_EXAMPLES, write?: boolean }} [options] `write`
 *   regenerates the static resource instead of comparing it
 * @returns {Promise<{ problems: Problem[], examples: number, written: boolean }>}
 */
export async function checkProject(root, options = {}) {
  const required = options.required ?? REQUIRED_EXAMPLES;
  const documentFile = path.join(root, DOCUMENT_PATH);
  const resourceFile = path.join(root, RESOURCE_PATH);
  const onDocument = (messages) =>
    messages.map((message) => ({ file: DOCUMENT_PATH, message }));

  const { document, errors: readErrors } = readDocument(documentFile);
  if (!document)
    return { problems: onDocument(readErrors), examples: 0, written: false };
  const specErrors = await validateOpenApi(document);
  if (specErrors.length > 0) {
    return { problems: onDocument(specErrors), examples: 0, written: false };
  }
  const { uses, errors: collectErrors } = collectExamples(document);
  const { resource, errors: resourceErrors } = buildResource(uses, required);
  const problems = onDocument([
    ...collectErrors,
    ...validateExamples(document, uses),
    ...resourceErrors
  ]);
  if (problems.length > 0)
    return { problems, examples: uses.length, written: false };

  const expected = await renderResource(resource, resourceFile);
  if (options.write) {
    fs.mkdirSync(path.dirname(resourceFile), { recursive: true });
    fs.writeFileSync(resourceFile, expected);
    return { problems, examples: uses.length, written: true };
  }
  const actual = fs.existsSync(resourceFile)
    ? fs.readFileSync(resourceFile, "utf8")
    : null;
  if (actual !== expected) {
    problems.push({
      file: RESOURCE_PATH,
      message: `${actual === null ? "missing" : "out of sync with the examples of " + DOCUMENT_PATH}: run \`npm run generate:api-examples\``
    });
  }
  return { problems, examples: uses.length, written: false };
}
