import { XMLParser, XMLValidator } from "fast-xml-parser";

// Every element below the root becomes an array, so repeated and single
// elements are read the same way; attributes are dropped and values stay strings.
const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_tag, jPath, _isLeaf, isAttribute) =>
    !isAttribute && String(jPath).includes(".")
});

/**
 * Validates XML text.
 * @param {string} text
 * @returns {{ ok: true } | { ok: false, line: number, col: number, message: string }}
 */
export function validateXml(text) {
  const result = XMLValidator.validate(text);
  if (result === true) return { ok: true };
  const { msg, line, col } = result.err;
  return { ok: false, line: line ?? 1, col: col ?? 1, message: msg };
}

/**
 * Parses metadata XML into `{ root, node }`, where `root` is the root element's
 * name and `node` its content (each child element is an array).
 * Returns null when the text is not well-formed.
 * @param {string} text
 * @returns {{ root: string, node: Record<string, unknown[]> } | null}
 */
export function parseXml(text) {
  if (validateXml(text).ok !== true) return null;
  const doc = parser.parse(text);
  const root = Object.keys(doc).find((key) => !key.startsWith("?"));
  if (!root) return null;
  const node = doc[root];
  return { root, node: node && typeof node === "object" ? node : {} };
}

/**
 * Child elements of a parsed node following a dotted path, flattened.
 * `all(field, "valueSet.valueSetDefinition.value")` → every `<value>` element.
 * @param {unknown} node
 * @param {string} path
 * @returns {unknown[]}
 */
export function all(node, path) {
  let current = [node];
  for (const key of path.split(".")) {
    const next = [];
    for (const item of current) {
      if (item && typeof item === "object" && key in item) {
        const value = item[key];
        next.push(...(Array.isArray(value) ? value : [value]));
      }
    }
    current = next;
  }
  return current;
}

/**
 * Text of the first element at a dotted path (trimmed), or undefined when absent.
 * An element with children yields undefined.
 * @param {unknown} node
 * @param {string} path
 * @returns {string | undefined}
 */
export function text(node, path) {
  const [first] = all(node, path);
  if (first === undefined || first === null) return undefined;
  if (typeof first === "object") return undefined;
  return String(first).trim();
}

/**
 * Texts of all elements at a dotted path (non-empty strings only).
 * @param {unknown} node
 * @param {string} path
 * @returns {string[]}
 */
export function texts(node, path) {
  return all(node, path)
    .filter((value) => value !== null && typeof value !== "object")
    .map((value) => String(value).trim())
    .filter((value) => value !== "");
}

/**
 * Whether the element at a dotted path holds the text `true`.
 * @param {unknown} node
 * @param {string} path
 * @returns {boolean}
 */
export function isTrue(node, path) {
  return text(node, path) === "true";
}

/**
 * Every value of an element named `key` anywhere below `node` (depth-first).
 * @param {unknown} node
 * @param {string} key
 * @returns {unknown[]}
 */
export function deep(node, key) {
  const out = [];
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [name, child] of Object.entries(value)) {
        if (name === key) out.push(...(Array.isArray(child) ? child : [child]));
        visit(child);
      }
    }
  };
  visit(node);
  return out;
}
