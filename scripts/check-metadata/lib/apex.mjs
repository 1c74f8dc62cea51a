/**
 * Removes comments (and, unless `keepStrings`, the contents of string
 * literals) from Apex source, keeping line breaks, so regular expressions see
 * only code.
 * @param {string} source
 * @param {{ keepStrings?: boolean }} [options]
 * @returns {string}
 */
export function stripApex(source, { keepStrings = false } = {}) {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const next = source[i + 1];
    if (char === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i += 1;
    } else if (char === "/" && next === "*") {
      i += 2;
      while (
        i < source.length &&
        !(source[i] === "*" && source[i + 1] === "/")
      ) {
        if (source[i] === "\n") out += "\n";
        i += 1;
      }
      i += 2;
      out += " ";
    } else if (char === "'") {
      const start = i;
      i += 1;
      while (i < source.length && source[i] !== "'") {
        if (source[i] === "\\") i += 1;
        i += 1;
      }
      i += 1;
      out += keepStrings ? source.slice(start, i) : "''";
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/**
 * The top-level declaration of an Apex class file: its kind, name and whether
 * it carries a class-level `@IsTest` annotation.
 * @param {string} source raw Apex source
 * @returns {{ kind: "class" | "interface" | "enum", name: string, isTest: boolean } | null}
 */
export function topLevelDeclaration(source) {
  const code = stripApex(source);
  const match = /\b(class|interface|enum)\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(
    code
  );
  if (!match) return null;
  const prefix = code.slice(0, match.index);
  return {
    kind: match[1].toLowerCase(),
    name: match[2],
    isTest: /@istest\b/i.test(prefix)
  };
}

/**
 * The object a trigger is declared on (`trigger Name on Object (...)`).
 * @param {string} source raw trigger source
 * @returns {{ name: string, object: string } | null}
 */
export function triggerDeclaration(source) {
  const match =
    /\btrigger\s+([A-Za-z_][A-Za-z0-9_]*)\s+on\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/i.exec(
      stripApex(source)
    );
  return match ? { name: match[1], object: match[2] } : null;
}
