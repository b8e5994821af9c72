// A backend doing no work, in its own process so bench/ingress.ts can read its CPU from /proc:
// 204 to a remote-write POST once the body is read (as Prometheus answers), like startBackend in
// test/ingress/nginx-harness.ts. Usage: node bench/null-backend.mjs PORT (listens on 127.0.0.1 only).
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const server = createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    if (req.method === 'POST' && /^\/api\/v1\/(receive|write)$/.test(req.url ?? '')) res.writeHead(204).end();
    else res.writeHead(404, { 'Content-Length': 0 }).end();
  });
});
// Longer than nginx's upstream keepalive_timeout (60 s): nginx never reuses a connection we are closing.
server.keepAliveTimeout = 120_000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`listening on 127.0.0.1:${port}\n`));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
