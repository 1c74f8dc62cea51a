import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import {
  checkProject,
  DOCUMENT_PATH,
  REQUIRED_EXAMPLES,
  RESOURCE_PATH
} from "../lib.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, "fixtures");
const CLI = path.join(HERE, "..", "index.mjs");

/** The example names the fixtures' documents provide (the real ones live in lib.mjs). */
const FIXTURE_REQUIRED = {
  requests: ["small"],
  responses: ["created"],
  errors: ["invalidEmail"]
};

function check(fixture, options = {}) {
  return checkProject(path.join(FIXTURES, fixture), {
    required: FIXTURE_REQUIRED,
    ...options
  });
}

/** A copy of a fixture project, so generated files never land in the repository. */
function copyOf(fixture) {
  const copy = fs.mkdtempSync(
    path.join(os.tmpdir(), `check-openapi-${fixture}-`)
  );
  fs.cpSync(path.join(FIXTURES, fixture), copy, { recursive: true });
  return copy;
}

function messages(problems) {
  return problems.map((p) => `${p.file}: ${p.message}`).join("\n");
}

describe("check-openapi", () => {
  it("passes a valid OpenAPI 3.1 document whose examples match and whose resource is in sync", async () => {
    const { problems, examples } = await check("good");
    assert.deepEqual(problems, []);
    assert.equal(
      examples,
      6,
      "parameter, request and response examples are all validated"
    );
  });

  const broken = [
    [
      "not-openapi",
      DOCUMENT_PATH,
      /not valid OpenAPI: \/info must have required property 'title'/
    ],
    ["openapi-30", DOCUMENT_PATH, /must be OpenAPI 3\.1.*3\.0\.3/],
    ["duplicate-key", DOCUMENT_PATH, /YAML: .*unique/i],
    [
      "example-mismatch",
      DOCUMENT_PATH,
      /POST \/things request \(application\/json\) example "small" does not match its schema: \/name must NOT have more than 20 characters/
    ],
    [
      "parameter-mismatch",
      DOCUMENT_PATH,
      /\/things\/\{id\} parameter "id" example does not match its schema: \(value\) must match pattern/
    ],
    [
      "unused-example",
      DOCUMENT_PATH,
      /components\.examples\.orphan is used by no operation/
    ],
    [
      "dangling-ref",
      DOCUMENT_PATH,
      /not valid OpenAPI: Can't resolve #\/components\/examples\/missing/
    ],
    [
      "conflicting-names",
      DOCUMENT_PATH,
      /another responses example named "created" .* has a different value/
    ],
    [
      "stale-resource",
      RESOURCE_PATH,
      /out of sync .*npm run generate:api-examples/
    ],
    [
      "missing-resource",
      RESOURCE_PATH,
      /missing: run `npm run generate:api-examples`/
    ]
  ];
  for (const [fixture, file, message] of broken) {
    it(`names ${file} when the project is ${fixture}`, async () => {
      const { problems } = await check(fixture);
      assert.ok(problems.length > 0, `${fixture} must fail the check`);
      assert.equal(problems[0].file, file, messages(problems));
      assert.match(messages(problems), message);
    });
  }

  it("reports every schema violation of an example, not only the first", async () => {
    const { problems } = await check("example-mismatch");
    const text = messages(problems);
    assert.match(text, /\/email must match format "email"/);
    assert.match(text, /must NOT have additional properties \("colour"\)/);
  });

  it("fails when an example name the Apex tests read is missing", async () => {
    const { problems } = await check("good", {
      required: { ...FIXTURE_REQUIRED, requests: ["small", "full"] }
    });
    assert.equal(problems.length, 1, messages(problems));
    assert.match(
      problems[0].message,
      /no requests example named "full": the Apex tests read it from VisitorApiExamples/
    );
  });

  it("writes a resource the check then accepts, grouped by requests, responses and errors", async () => {
    const copy = copyOf("missing-resource");
    const written = await checkProject(copy, {
      required: FIXTURE_REQUIRED,
      write: true
    });
    assert.deepEqual(written.problems, []);
    assert.equal(written.written, true);
    const resource = JSON.parse(
      fs.readFileSync(path.join(copy, RESOURCE_PATH), "utf8")
    );
    assert.deepEqual(Object.keys(resource), [
      "requests",
      "responses",
      "errors"
    ]);
    assert.deepEqual(resource.requests.small, {
      name: "Widget",
      email: "widget@example.com"
    });
    assert.deepEqual(Object.keys(resource.errors), ["invalidEmail"]);
    const again = await checkProject(copy, { required: FIXTURE_REQUIRED });
    assert.deepEqual(again.problems, []);
  });

  it("writes nothing when the document is broken", async () => {
    const copy = copyOf("missing-resource");
    fs.writeFileSync(path.join(copy, DOCUMENT_PATH), "openapi: [\n");
    const { problems, written } = await checkProject(copy, {
      required: FIXTURE_REQUIRED,
      write: true
    });
    assert.equal(written, false);
    assert.match(messages(problems), /YAML:/);
    assert.equal(fs.existsSync(path.join(copy, RESOURCE_PATH)), false);
  });

  it("requires the example names the visitor API's Apex tests use", () => {
    assert.deepEqual(REQUIRED_EXAMPLES.requests, [
      "minimal",
      "knownContact",
      "outreachClick",
      "full"
    ]);
    assert.deepEqual(REQUIRED_EXAMPLES.responses, [
      "offered",
      "claimed",
      "unanswered",
      "cancelled"
    ]);
    assert.deepEqual(REQUIRED_EXAMPLES.errors, [
      "invalidEmail",
      "unknownKey",
      "notFound",
      "conversationFinished",
      "payloadTooLarge"
    ]);
  });

  it("CLI: exits 1 and prints file: message lines for a broken project, 2 on a usage error", () => {
    const run = spawnSync(
      "node",
      [CLI, "--root", path.join(FIXTURES, "not-openapi")],
      {
        encoding: "utf8"
      }
    );
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`^${DOCUMENT_PATH}: not valid OpenAPI`, "m")
    );
    const usage = spawnSync("node", [CLI, "--bogus"], { encoding: "utf8" });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage:/);
  });
});
