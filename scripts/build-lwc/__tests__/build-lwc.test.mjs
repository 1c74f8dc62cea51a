import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { buildBundle, findBundles, stripTypes } from "../lib.mjs";

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures"
);

/** Builds a copy of a fixture project, so generated files never land in the repository. */
function build(fixture) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `build-lwc-${fixture}-`));
  fs.cpSync(path.join(FIXTURES, fixture), copy, { recursive: true });
  const problems = findBundles(copy).flatMap((bundle) => buildBundle(bundle));
  return {
    copy,
    problems: problems.map((p) => ({
      file: path.relative(copy, p.file),
      message: p.message
    }))
  };
}

describe("build-lwc", () => {
  it("strips a good TypeScript component into JavaScript the LWC compiler accepts", () => {
    const { copy, problems } = build("good");
    assert.deepEqual(problems, []);
    const js = fs.readFileSync(
      path.join(copy, "force-app/main/lwc/sample/sample.js"),
      "utf8"
    );
    assert.match(js, /@api recordId;/, "decorators survive type stripping");
    assert.match(
      js,
      /^\s+label;$/m,
      "optional fields stay real, reactive fields"
    );
    assert.doesNotMatch(js, /subscription/, "declare-only fields are dropped");
    assert.doesNotMatch(
      js,
      /EmpSubscription|: string|: boolean/,
      "no type syntax is left"
    );
  });

  it("keeps type-only class fields as fields (allowDeclareFields)", () => {
    const js = stripTypes("class A { x?: string; declare y: number; }", "a.ts");
    assert.match(js, /x;/);
    assert.doesNotMatch(js, /y;/);
  });

  const broken = [
    [
      "broken-typescript",
      "force-app/main/lwc/sample/sample.ts",
      /could not be stripped/
    ],
    ["broken-template", "force-app/main/lwc/sample/sample.html", /for:each/],
    ["legacy-directive", "force-app/main/lwc/sample/sample.html", /lwc:if/],
    ["broken-decorator", "force-app/main/lwc/sample/sample.ts", /LWC1108/],
    ["handwritten-js", "force-app/main/lwc/sample/helper.js", /TypeScript/],
    [
      "cross-bundle-import",
      "force-app/main/lwc/sample/sample.ts",
      /\.\.\/other\/shared from another bundle/
    ]
  ];
  for (const [fixture, file, message] of broken) {
    it(`names ${file} when the component is ${fixture}`, () => {
      const { problems } = build(fixture);
      assert.ok(problems.length > 0, `${fixture} must fail the build`);
      assert.equal(problems[0].file, file);
      assert.match(problems[0].message, message);
    });
  }
});
