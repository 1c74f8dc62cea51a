// node --test preview/ (not part of `npm test`, whose test:tools runs scripts/ only).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { componentModules } from "../build.mjs";
import { fileFor } from "../serve.mjs";

describe("preview server", () => {
  const dir = path.join(os.tmpdir(), "preview-out");

  it("serves index.html for the root and files below the folder", () => {
    assert.equal(fileFor(dir, "/"), path.join(dir, "index.html"));
    assert.equal(
      fileFor(dir, "/assets/icons/utility-sprite/svg/symbols.svg?x=1"),
      path.join(dir, "assets/icons/utility-sprite/svg/symbols.svg")
    );
  });

  it("refuses paths that leave the folder, even encoded ones", () => {
    assert.equal(fileFor(dir, "/..%2Fsecret.txt"), null);
    assert.equal(fileFor(dir, "/assets/..%2F..%2Fsecret.txt"), null);
    // The URL parser already folds "%2e%2e" segments, so this one stays inside.
    assert.equal(
      fileFor(dir, "/%2e%2e/secret.txt"),
      path.join(dir, "secret.txt")
    );
    assert.equal(fileFor(dir, "/%E0%A4%A"), null, "malformed escapes");
  });
});

describe("preview component discovery", () => {
  function project(files) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "preview-project-"));
    fs.writeFileSync(
      path.join(root, "sfdx-project.json"),
      JSON.stringify({ packageDirectories: [{ path: "force-app" }] })
    );
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), "");
    }
    return root;
  }

  it("maps every force-app/main/<feature>/lwc/<name> bundle to c/<name>", () => {
    const root = project([
      "force-app/main/console/lwc/repConsole/repConsole.js",
      "force-app/main/console/lwc/repConsoleChild/repConsoleChild.js",
      "force-app/main/editor/lwc/ruleEditor/ruleEditor.js",
      "force-app/main/rules/classes/RoutingService.cls"
    ]);
    const modules = componentModules(root);
    assert.deepEqual(modules.map((m) => m.name).sort(), [
      "c/repConsole",
      "c/repConsoleChild",
      "c/ruleEditor"
    ]);
    assert.equal(
      modules.find((m) => m.name === "c/ruleEditor").path,
      path.join(root, "force-app/main/editor/lwc/ruleEditor/ruleEditor.js")
    );
  });

  it("asks for build:lwc when a bundle's JavaScript is missing", () => {
    const root = project([
      "force-app/main/console/lwc/repConsole/repConsole.ts"
    ]);
    assert.throws(() => componentModules(root), /run npm run build:lwc first/);
  });
});
