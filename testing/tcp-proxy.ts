import net from 'node:net';

export type TcpProxy = { port: number; cut: () => void; restore: () => Promise<void>; close: () => Promise<void> };

/**
 * A TCP forwarder between the app and PostgreSQL that a test can cut (all connections dropped,
 * new ones refused, as when a database server goes away) and restore on the same port.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const cut = () => {
    server?.close();
    server = null;
    for (const s of sockets) s.destroy();
  };
  return {
    get port() {
      return port;
    },
    cut,
    restore: listen,
    close: async () => cut(),
  };
}
