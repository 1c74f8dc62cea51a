// Integration: runs the CLI, including `sf project convert source` (a few seconds each).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { FIXTURES } from "./helpers.mjs";

const CLI = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "index.mjs"
);

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { encoding: "utf8" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("CLI with sf convert", { concurrency: true }, () => {
  it("passes the good fixture", async () => {
    const { code, stdout, stderr } = await run([
      "--root",
      path.join(FIXTURES, "good")
    ]);
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /^check-metadata: OK — 8 checks \(convert, /);
    assert.equal(stdout.trim().split("\n").length, 1);
  });

  it("fails on truncated XML, naming the file (convert and xml checks)", async () => {
    const { code, stdout } = await run([
      "--root",
      path.join(FIXTURES, "convert-truncated-xml")
    ]);
    const file =
      "force-app/main/default/objects/Visit__c/fields/Score__c.field-meta.xml";
    assert.equal(code, 1, stdout);
    const lines = stdout.trim().split("\n");
    assert.ok(
      lines.includes(
        `${file}: sf project convert source failed: LibraryError: error parsing ${file} due to: message: Closing tag 'typ' doesn't have proper closing. line: 7 code: InvalidTag`
      ),
      stdout
    );
    assert.ok(
      lines.some((line) => line.startsWith(`${file}: malformed XML at line 7`)),
      stdout
    );
    assert.match(
      lines.at(-1),
      /^check-metadata: 2 problem\(s\) in 1 file\(s\)/
    );
  });

  it("rejects unknown arguments", async () => {
    const { code, stderr } = await run(["--bogus"]);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown argument: --bogus/);
  });
});
