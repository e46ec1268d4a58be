// Runs in its own process: PGlite is single-threaded WASM, so keeping it out of the web
// server's event loop stops a slow query from stalling every request. Everything talks to
// it over the PostgreSQL wire protocol, exactly as it would to a real server.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

async function main() {
  // Arguments from runtime/embedded-db/start.ts: the data folder and the port (0: any free one).
  const [dataDir, portArg = '0'] = process.argv.slice(2);
  const port = Number(portArg);
  if (!dataDir || !Number.isInteger(port)) throw new Error('usage: child.ts <data folder> <port>');
  mkdirSync(dataDir, { recursive: true });

  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 100 });
  await server.start();
  const address = server.getServerConn();
  process.send?.({ type: 'ready', port: Number(address.split(':').pop()) });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => undefined);
    // Closing flushes PGlite's data folder; skipping it risks a dirty start next time.
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  // Ctrl-C in a terminal reaches the whole process group, this child too, while the server still
  // drains requests and closes its connections. The server stops us when it is done ('stop'), or
  // by going away (disconnect), so nothing is cut off mid-shutdown.
  process.on('SIGINT', () => undefined);
  process.on('disconnect', stop);
  process.on('message', (message) => {
    if ((message as { type?: string })?.type === 'stop') void stop();
  });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  console.error('[embedded-db] failed to start:', error);
  process.exit(1);
});
