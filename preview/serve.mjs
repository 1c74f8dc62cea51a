/**
 * Serves the built preview (.tmp/preview) over http on 127.0.0.1 with node:http: the
 * screenshot script uses it, and `npm run preview:serve` runs it to click around in a browser
 * (add ?channel=down to the address for the polling fallback; window.preview in the browser's
 * console drives the stand-ins).
 */
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { OUT_DIR, ROOT } from "./paths.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8"
};

/**
 * The file under `dir` a request path names, or null when it would leave `dir`.
 * @param {string} dir
 * @param {string} requestUrl
 * @returns {string | null}
 */
export function fileFor(dir, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(
      new URL(requestUrl, "http://localhost").pathname
    );
  } catch {
    return null;
  }
  const file = path.resolve(
    dir,
    "." + (pathname.endsWith("/") ? pathname + "index.html" : pathname)
  );
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

/**
 * Starts serving `dir`; resolves to the server once it listens.
 * @param {string} dir
 * @param {number} [port] 0: any free port
 * @returns {Promise<import("node:http").Server>}
 */
export function serve(dir, port = 0) {
  const server = createServer(async (request, response) => {
    const file = fileFor(dir, request.url ?? "/");
    if (!file) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, {
          "content-type":
            TYPES[path.extname(file)] ?? "application/octet-stream",
          "cache-control": "no-store"
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "4173" } }
  });
  if (!existsSync(path.join(OUT_DIR, "index.html"))) {
    console.error(
      `No preview in ${path.relative(ROOT, OUT_DIR)}: run npm run preview:build first`
    );
    process.exit(1);
  }
  const server = await serve(OUT_DIR, Number(values.port));
  const { port } = server.address();
  console.log(`preview: http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
  console.log(
    `         http://127.0.0.1:${port}/?channel=down  polling fallback`
  );
}
