/**
 * `sillok serve`: a small static file server for the built site on 127.0.0.1 (no network beyond
 * loopback). Folder URLs serve their index.html; unknown paths get the site's 404.html.
 */
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import { normalizeBase } from "../site/settings.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/**
 * Starts serving `root` on `host:port`. `basePath` (e.g. `/archive/`) serves the site under a
 * sub-path, as GitHub Pages does for project sites. Resolves once listening.
 */
export function serveSite(
  root: string,
  port = 8080,
  host = "127.0.0.1",
  basePath = "/",
): Promise<Server> {
  const base = normalizeBase(basePath);
  const abs = path.resolve(root);
  const server = createServer((req, res) => {
    let url: string;
    try {
      url = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("잘못된 요청");
      return;
    }
    if (`${url}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    // The server's root leads to the site under its base, as a visitor typing the address
    // expects (302: the next site served here may have another base); other paths are not found.
    if (base !== "/" && (url === "/" || url === "/index.html")) {
      res.writeHead(302, { location: base }).end();
      return;
    }
    if (!url.startsWith(base)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("찾을 수 없음");
      return;
    }
    let file = path.join(abs, url.slice(base.length));
    if (!file.startsWith(abs)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.endsWith("/")) {
        res.writeHead(301, { location: `${url}/` }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(abs, "404.html");
      if (!existsSync(file)) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("찾을 수 없음");
        return;
      }
    }
    res.writeHead(status, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
