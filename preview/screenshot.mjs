/**
 * Builds the preview (unless --no-build), serves it, opens it in headless Chromium and writes
 * the README's screenshots of the rep console: live (docs/images/rep-console.png) and with the
 * event channel down (docs/images/rep-console-polling.png). Fails on any page error, console
 * error or failed request. Needs Chromium from the system (`apt-get install -y chromium`, or
 * CHROMIUM_PATH); it never downloads a browser.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { OUT_DIR, ROOT } from "./paths.mjs";
import { serve } from "./serve.mjs";
import { conversations, offers } from "./stand-ins/data.mjs";

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
const TIMEOUT_MS = 15_000;

const SHOTS = [
  { file: "rep-console.png", query: "" },
  {
    file: "rep-console-polling.png",
    query: "?channel=down",
    // The notice is always in the page (a live region), empty until the console polls.
    waitFor: (page) =>
      page.locator('[data-id="polling"]', { hasText: /\S/ }).first(),
    // Down to the end of the first offer: the notice and what it is about.
    clipTo: (page) => page.locator("c-rep-console-offer-card").first()
  }
];

/** Waits until every stand-in offer and conversation shows (by the text a rep reads). */
async function waitForContent(page) {
  const texts = [
    ...offers().map((o) => o.visitorName ?? o.visitorCompany),
    ...conversations().map((c) => c.name)
  ];
  for (const text of texts) {
    await page
      .getByText(text, { exact: false })
      .first()
      .waitFor({ timeout: TIMEOUT_MS });
  }
}

async function shoot(browser, base, shot) {
  const page = await browser.newPage({
    viewport: { width: 420, height: 1400 },
    deviceScaleFactor: 2
  });
  const problems = [];
  page.on("pageerror", (error) =>
    problems.push(`page error: ${error.stack ?? error.message}`)
  );
  page.on("console", (message) => {
    if (message.type() === "error") {
      const { url, lineNumber } = message.location();
      problems.push(`console error: ${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on("requestfailed", (request) =>
    problems.push(
      `request failed: ${request.url()} ${request.failure()?.errorText}`
    )
  );
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  try {
    await page.goto(base + shot.query);
    await waitForContent(page);
    if (shot.waitFor) await shot.waitFor(page).waitFor({ timeout: TIMEOUT_MS });
    await page.evaluate("document.fonts.ready.then(() => true)");
    // Icons load after the cards; let the countdown tick once too.
    await page.waitForTimeout(1_500);
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length > 0) {
    await page.close();
    throw new Error(`${shot.file}:\n${problems.join("\n")}`);
  }
  const panel = await page.locator('[data-id="panel"]').boundingBox();
  const end = shot.clipTo ? await shot.clipTo(page).boundingBox() : null;
  const file = path.join(IMAGES, shot.file);
  await page.screenshot({
    path: file,
    clip: {
      x: panel.x,
      y: panel.y,
      width: panel.width,
      height: end ? end.y + end.height + 12 - panel.y : panel.height
    }
  });
  await page.close();
  return path.relative(ROOT, file);
}

const { values } = parseArgs({
  options: { "no-build": { type: "boolean", default: false } }
});
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}. Install it with:`);
  console.error("apt-get install -y chromium");
  process.exit(1);
}
if (!values["no-build"]) {
  const { buildPreview } = await import("./build.mjs");
  await buildPreview();
}
if (!existsSync(path.join(OUT_DIR, "index.html"))) {
  console.error(
    `No preview in ${path.relative(ROOT, OUT_DIR)}: build it first`
  );
  process.exit(1);
}
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
