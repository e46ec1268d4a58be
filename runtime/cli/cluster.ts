// `npm run cluster -- --instances N`: Varnish on PORT (default 3000) in front of N production
// instances on PORT+1 … PORT+N, on loopback, against DATABASE_URL; in the foreground until
// Ctrl-C or SIGTERM, which stops everything it started.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readEnv } from '@/lib/env';
import { clusterRefusal, startCluster, type Cluster } from '@/runtime/cluster/cluster';
import { findVarnishd, INSTALL_HINT } from '@/runtime/cluster/varnish';
import { exitOnError } from './provide-database';

const USAGE = 'Usage: npm run cluster -- --instances N   (N from 1 to 16; PORT, DATABASE_URL and AUTH_SECRET from the environment)';

async function main() {
  let instances: number;
  try {
    const { values } = parseArgs({ options: { instances: { type: 'string', short: 'n', default: '2' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    instances = z.coerce.number().int().min(1).max(16).parse(values.instances);
  } catch {
    console.error(`\n${USAGE}\n`);
    process.exit(2);
  }
  const config = readEnv();
  const refusal = clusterRefusal(config);
  if (refusal) {
    console.error(`\n${refusal}\n`);
    process.exit(1);
  }
  if (!findVarnishd()) {
    console.error(`\nvarnishd was not found on the PATH or in /usr/sbin. On Debian or Ubuntu: ${INSTALL_HINT}\n`);
    process.exit(1);
  }
  const port = config.port;
  if (port + instances > 65535) {
    console.error(`\nPORT ${port} leaves no room for ${instances} instance(s) above it.\n`);
    process.exit(1);
  }

  let cluster: Cluster | null = null;
  let stopping = false;
  const starting = new AbortController();
  const stop = (signal: string) => {
    if (stopping) return console.log(`[cluster] ${signal} again: already stopping`);
    stopping = true;
    console.log(`[cluster] ${signal}: stopping Varnish and ${instances} instance(s)`);
    // Still starting: the start stops what it started and main() exits.
    if (!cluster) return starting.abort();
    cluster.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Whatever ends this process, nothing it started may outlive it.
  process.on('exit', () => {
    const started: Cluster | null = cluster;
    for (const child of [started?.varnish.child, ...(started?.instances.map((i) => i.child) ?? [])]) {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  const print = (who: string, text: string) => {
    for (const line of text.split('\n')) if (line.trim()) console.log(`[${who}] ${line}`);
  };
  console.log(`[cluster] starting ${instances} instance(s) on ports ${port + 1}–${port + instances}, then Varnish on ${port}`);
  try {
    cluster = await startCluster({ port, instances, env: {}, siteUrl: config.siteUrl, onOutput: print, signal: starting.signal });
  } catch (error) {
    if (starting.signal.aborted) process.exit(0);
    throw error;
  }
  console.log(`[cluster] ready: ${cluster.url} (Varnish) in front of ${cluster.instances.map((i) => i.url).join(', ')}`);
  for (const instance of cluster.instances) {
    instance.child.once('exit', (code, signal) => {
      if (!stopping) console.error(`[cluster] ${instance.id} exited (${code ?? signal}); Varnish sends its readers to the others`);
    });
  }
  cluster.varnish.child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[cluster] Varnish exited (${code ?? signal}); stopping the instances`);
    stopping = true;
    cluster!.stop().finally(() => process.exit(1));
  });
}

main().catch(exitOnError);
