/**
 * Serves the built preview (.tmp/preview), opens it in headless Chromium and writes the README's
 * screenshots of the rep console: live (docs/images/rep-console.png) and with the event channel
 * down (docs/images/rep-console-polling.png). Fails on any page error or console error.
 * Needs Chromium from the system (`apt-get install -y chromium`); it never downloads a browser.
 */
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { OUT_DIR, buildPreview } from "./build.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const IMAGES = path.join(ROOT, "docs", "images");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png"
};

const SHOTS = [
  { file: "rep-console.png", query: "", waitFor: "c-rep-console-offer-card" },
  {
    file: "rep-console-polling.png",
    query: "?channel=down",
    waitFor: '[data-id="polling"]',
    // Down to the end of the first offer: the notice and what it is about.
    clipTo: "c-rep-console-offer-card"
  }
];

function serve(dir) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(
      dir,
      url.pathname === "/" ? "index.html" : url.pathname
    );
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, {
          "content-type":
            TYPES[path.extname(file)] ?? "application/octet-stream"
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

async function shoot(browser, base, shot) {
  const page = await browser.newPage({
    viewport: { width: 440, height: 1400 },
    deviceScaleFactor: 2
  });
  const problems = [];
  page.on("pageerror", (error) =>
    problems.push(`page error: ${error.message}`)
  );
  page.on("console", (message) => {
    if (message.type() === "error") {
      problems.push(
        `console error: ${message.text()} ${JSON.stringify(message.location())}`
      );
    }
  });
  await page.goto(base + shot.query);
  await page.locator(shot.waitFor).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1_500);
  if (problems.length > 0) {
    throw new Error(`${shot.file}: ${problems.join("\n")}`);
  }
  const panel = await page.locator('[data-id="panel"]').boundingBox();
  const end = shot.clipTo
    ? await page.locator(shot.clipTo).first().boundingBox()
    : panel;
  await page.screenshot({
    path: path.join(IMAGES, shot.file),
    clip: {
      x: panel.x,
      y: panel.y,
      width: panel.width,
      height: end.y + end.height - panel.y + (shot.clipTo ? 12 : 0)
    }
  });
  await page.close();
  return path.relative(ROOT, path.join(IMAGES, shot.file));
}

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  process.exit(1);
}
if (!process.argv.includes("--no-build")) await buildPreview();
await mkdir(IMAGES, { recursive: true });
const server = await serve(OUT_DIR);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS
});
try {
  for (const shot of SHOTS) {
    console.log(`preview: wrote ${await shoot(browser, base, shot)}`);
  }
} finally {
  await browser.close();
  server.close();
}
