import { connect } from "node:net";

/**
 * POSTs `chunks` × `size` bytes of whitespace and then `{}` (valid JSON, so a body under a cap
 * gets through) to a webhook route, chunked or with a Content-Length. Stops sending once the
 * answer is in; resolves with the status, or the socket error if the server hung up first.
 *
 * A raw socket rather than http.request: when a server answers and hangs up mid-upload, Node's
 * HTTP client can surface the write's EPIPE outside the request's own 'error' event. Owning the
 * socket, every error lands in one handler, and the status line is read as soon as it arrives.
 */
export function streamWebhook(opts: { port: number; path: string; chunks: number; size: number; withLength: boolean }): Promise<number | string> {
  return new Promise((resolve) => {
    const socket = connect(opts.port, "127.0.0.1");
    let done = false;
    let received = "";
    const status = () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      return m ? Number(m[1]) : undefined;
    };
    const finish = (outcome: number | string) => {
      if (done) return;
      done = true;
      resolve(outcome);
      socket.destroy();
    };
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
      const s = status();
      if (s !== undefined) finish(s);
    });
    socket.on("error", (err: NodeJS.ErrnoException) => finish(status() ?? err.code ?? err.message));
    socket.on("close", () => finish(status() ?? "ECONNRESET"));
    const total = opts.chunks * opts.size + 2;
    const headers = [
      `POST ${opts.path} HTTP/1.1`,
      `Host: 127.0.0.1:${opts.port}`,
      "Content-Type: application/json",
      "X-GitHub-Event: ping",
      `X-GitHub-Delivery: big-${opts.withLength}-${opts.chunks * opts.size}`,
      "X-Hub-Signature-256: sha256=unsigned",
      opts.withLength ? `Content-Length: ${total}` : "Transfer-Encoding: chunked",
      "Connection: close",
    ];
    const frame = (data: Buffer) => (opts.withLength ? [data] : [Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
    const chunk = Buffer.alloc(opts.size, 0x20);
    let sent = 0;
    const pump = () => {
      while (!done && sent < opts.chunks) {
        sent++;
        const ok = frame(chunk)
          .map((b) => socket.write(b))
          .every(Boolean);
        if (!ok) return void socket.once("drain", pump);
      }
      if (done) return;
      for (const b of frame(Buffer.from("{}"))) socket.write(b);
      if (!opts.withLength) socket.write("0\r\n\r\n");
    };
    socket.once("connect", () => {
      socket.write(`${headers.join("\r\n")}\r\n\r\n`);
      pump();
    });
  });
}
