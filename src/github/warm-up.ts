import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadAllGrammars } from "../syntax/grammars.js";
import { parseText } from "../syntax/parse-file.js";
import type { LanguageId } from "../syntax/facts.js";

const LANGUAGES: LanguageId[] = ["typescript", "tsx", "javascript", "python", "go", "java", "kotlin", "rust", "ruby", "csharp", "php"];

/**
 * Does, before the server takes webhooks, the one-time work the first reviews would otherwise do
 * on the event loop while the next webhooks wait for their answer (profiled in the webhook-ack
 * bench): compiling every grammar and each language's tree-sitter query (about 300 ms of
 * synchronous work), and loading Node's fetch (undici and its WASM HTTP parser, 50–100 ms at the
 * first GitHub request, right after the first webhook's answer). Between languages it yields.
 */
export async function warmUp(): Promise<number> {
  const t0 = performance.now();
  await warmFetch();
  await loadAllGrammars();
  for (const language of LANGUAGES) {
    parseText(language, "x\n");
    await new Promise((resolve) => setImmediate(resolve));
  }
  return performance.now() - t0;
}

/** One fetch of a loopback server: loads undici, compiles its HTTP parser, parses a JSON answer. */
async function warmFetch(): Promise<void> {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await res.json();
  } catch {
    // A warm-up only: the first real request does this work instead.
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
