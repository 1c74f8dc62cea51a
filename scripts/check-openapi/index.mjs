#!/usr/bin/env node
/**
 * Offline gate for the visitor API's OpenAPI document: it is valid OpenAPI 3.1, every example
 * matches its schema, the example names the Apex tests use exist, and the static resource that
 * hands those examples to the Apex tests is exactly what `--write` would generate.
 *
 * Usage: node scripts/check-openapi/index.mjs [--root DIR] [--write]
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { checkProject, DOCUMENT_PATH, RESOURCE_PATH } from "./lib.mjs";

const USAGE = `Usage: node scripts/check-openapi/index.mjs [--root DIR] [--write]
  --root DIR   project root (default: the repository holding this script)
  --write      regenerate ${RESOURCE_PATH} from the examples of ${DOCUMENT_PATH}`;

/**
 * CLI entry point: prints one `file: message` line per problem and a summary.
 * @param {string[]} argv arguments after the script name
 * @returns {Promise<number>} exit code (0 clean, 1 problems, 2 usage error)
 */
export async function main(argv) {
  let options;
  try {
    ({ values: options } = parseArgs({
      args: argv,
      options: {
        root: { type: "string" },
        write: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    }));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const root = options.root
    ? path.resolve(options.root)
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const write = options.write;
  const { problems, examples, written } = await checkProject(root, { write });
  for (const { file, message } of problems)
    console.error(`${file}: ${message}`);
  if (problems.length > 0) {
    console.error(`check-openapi: ${problems.length} problem(s)`);
    return 1;
  }
  console.log(
    written
      ? `check-openapi: wrote ${RESOURCE_PATH} (${examples} example uses validated)`
      : `check-openapi: OK — ${DOCUMENT_PATH} is valid OpenAPI 3.1, ${examples} example uses match their schemas, ${RESOURCE_PATH} in sync`
  );
  return 0;
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  process.exitCode = await main(process.argv.slice(2));
}
