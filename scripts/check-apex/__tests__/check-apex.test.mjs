import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, "fixtures");

function check(script, fixture) {
  const run = spawnSync(
    "node",
    [path.join(HERE, "..", script), "--root", path.join(FIXTURES, fixture)],
    {
      encoding: "utf8"
    }
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("check-apex: semantics (apex-ls)", () => {
  it("passes a class that uses only known types, methods and fields", () => {
    const { status, output } = check("semantics.mjs", "clean");
    assert.equal(status, 0, output);
  });

  const broken = [
    ["unknown-method", /No matching method found for 'toShouting'/],
    ["unknown-field", /Unknown field 'Nickname__c'/],
    ["unknown-type", /'Missing'/]
  ];
  for (const [fixture, message] of broken) {
    it(`fails and names the class for ${fixture}`, () => {
      const { status, output } = check("semantics.mjs", fixture);
      assert.equal(status, 1);
      assert.match(output, /force-app\/main\/classes\/Sample\.cls/);
      assert.match(output, message);
    });
  }
});

describe("check-apex: anonymous Apex scripts", () => {
  it("checks scripts/apex/*.apex and reports the script file and its own line", () => {
    const { status, output } = check("semantics.mjs", "anonymous-script");
    assert.equal(status, 1);
    assert.match(output, /scripts\/apex\/broken\.apex/);
    assert.match(output, /line 3 .*sizeOf/);
    assert.doesNotMatch(
      output,
      /AnonymousScript/,
      "the wrapper class stays invisible"
    );
  });
});

describe("check-apex: PMD with the project ruleset", () => {
  it("passes a class in user mode with sharing and ApexDoc", () => {
    const { status, output } = check("pmd.mjs", "clean");
    assert.equal(status, 0, output);
  });

  it("fails on a missing sharing declaration and system-mode SOQL, naming file and line", () => {
    const { status, output } = check("pmd.mjs", "pmd-violation");
    assert.equal(status, 1);
    assert.match(
      output,
      /force-app\/main\/classes\/Sample\.cls:4: ApexSharingViolations/
    );
    assert.match(
      output,
      /force-app\/main\/classes\/Sample\.cls:12: ApexCRUDViolation/
    );
  });
});
