import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const JAVA_LIB = path.resolve(
  HERE,
  "../../node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib"
);

/** The project root named by `--root DIR`, else the working directory. */
export function rootFromArgs(argv) {
  const index = argv.indexOf("--root");
  return path.resolve(index > 0 ? argv[index + 1] : ".");
}

/** Classpath of the pinned apex-ls and PMD jars. */
export function javaClasspath() {
  return path.join(JAVA_LIB, "*");
}

/** Exits with a clear message when Java 11+ is missing (the gate needs Java 17, see README). */
export function requireJava() {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    console.error(
      "Java is not installed: the Apex checks need Java 17 (apt-get install -y openjdk-17-jre-headless)."
    );
    process.exit(1);
  }
}

/** Runs a Java main class with the given classpath, capturing its output. */
export function runJava(args, classpath, options = {}) {
  return spawnSync("java", ["-cp", classpath, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options
  });
}

/** Every Apex class and trigger below the package directories, as absolute paths. */
export function apexSources(root) {
  const project = JSON.parse(
    fs.readFileSync(path.join(root, "sfdx-project.json"), "utf8")
  );
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (/\.(cls|trigger)$/.test(entry.name)) {
        found.push(full);
      }
    }
  };
  for (const pkg of project.packageDirectories) walk(path.join(root, pkg.path));
  return found.sort();
}
