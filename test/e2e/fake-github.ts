import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  path: string;
  body?: any;
}

type Route = (req: FakeRequest) => { status: number; body: unknown; headers?: Record<string, string>; delayMs?: number } | undefined;

/** A small stand-in for GitHub's REST API (GitHub Enterprise paths, /api/v3), served on loopback. */
export async function startFakeGitHub(route: Route): Promise<{ url: string; host: string; requests: FakeRequest[]; close: () => Promise<void> }> {
  const requests: FakeRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = decodeURIComponent(req.url ?? "").replace(/^\/api\/v3/, "");
    const entry: FakeRequest = { method: req.method ?? "GET", path, body: raw ? JSON.parse(raw) : undefined };
    requests.push(entry);
    const out = route(entry) ?? { status: 404, body: { message: `fake GitHub has no route for ${entry.method} ${path}` } };
    if (out.delayMs) await new Promise((r) => setTimeout(r, out.delayMs));
    res.writeHead(out.status, { "content-type": typeof out.body === "string" ? "text/plain" : "application/json", ...out.headers });
    res.end(typeof out.body === "string" ? out.body : JSON.stringify(out.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => resolve(data));
  });
}
