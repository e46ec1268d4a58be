import { randomBytes } from 'node:crypto';
import { openChangeChannel, type ChangeChannel, type ChangeChannelOptions } from '@/db/change-channel';
import { decodeChange, encodeChange, type Sender } from '@/lib/changes/broadcast-payload';
import { everything, scopeOf, type Change } from '@/lib/changes/change';
import { onCommitted, subscribe, type Subscriber } from '@/lib/changes/pipeline';

/**
 * Every instance on one database learns of every change (PostgreSQL LISTEN/NOTIFY). A subscriber
 * of the change pipeline sends each 'cluster' change once; each instance announces what it
 * receives from the others to its own subscribers as 'relayed' (its Next cache and front cache
 * expire, and the HTTP cache in front is purged after them), which is never sent on. Nothing
 * else is sent: a 'process' change (a server's start) stays in its process, so a rolling restart
 * leaves the other instances' caches alone.
 *
 * Only with DATABASE_URL: the embedded database serves one process, which needs no broadcast.
 */

type Log = Pick<Console, 'log' | 'warn' | 'error'>;

/** Sends a change committed here to the other instances: only 'cluster' changes, exactly once each. */
export function broadcastSubscriber(channel: Pick<ChangeChannel, 'notify'>, sender: Sender): Subscriber {
  return {
    name: 'broadcast',
    async deliver(change) {
      if (scopeOf(change) !== 'cluster') return;
      await channel.notify(encodeChange(change, sender));
    },
  };
}

/** What this instance does with a notification's text: another instance's change, announced here as 'relayed'. */
export function relayReceived(sender: Sender, announce: (change: Change) => Promise<unknown>, log: Log = console): (text: string) => void {
  let warnedTwin = false;
  return (text) => {
    const decoded = decodeChange(text);
    if (!decoded.ok) {
      log.warn(`[broadcast] ignored a notification that is not a change (${decoded.error}): ${JSON.stringify(text.slice(0, 120))}`);
      return;
    }
    const { sender: from, change } = decoded.received;
    // This process's own change: its subscribers had it before it was sent.
    if (from.boot === sender.boot) return;
    if (from.instance === sender.instance && !warnedTwin) {
      warnedTwin = true;
      log.warn(`[broadcast] another process also calls itself "${sender.instance}": give each instance its own INSTANCE_ID so responses and logs tell them apart`);
    }
    void announce({ ...change, scope: 'relayed' });
  };
}

export type RunningBroadcast = { stop: () => Promise<void> };

/**
 * Subscribes the broadcast and starts listening; resolves once LISTEN is in place (or after
 * `waitMs`, listening on in the background). Call it before the server's own start-up expiry:
 * anything committed after that expiry then reaches this instance. From then on, every time LISTEN
 * is in place again after an outage (or for the first time, late) the notifications sent meanwhile
 * are gone, so every page is expired.
 */
export async function startChangeBroadcast(options: {
  databaseUrl: string;
  instanceId: string;
  waitMs?: number;
  log?: Log;
  openChannel?: (options: ChangeChannelOptions) => ChangeChannel;
  announce?: (change: Change) => Promise<unknown>;
}): Promise<RunningBroadcast> {
  const log = options.log ?? console;
  const announce = options.announce ?? onCommitted;
  const sender: Sender = { instance: options.instanceId, boot: randomBytes(8).toString('hex') };
  let started = false;
  const channel = (options.openChannel ?? openChangeChannel)({
    url: options.databaseUrl,
    instanceId: options.instanceId,
    log,
    onNotification: relayReceived(sender, announce, log),
    onListening: () => {
      if (started) void announce(everything('change broadcast listening again: changes sent meanwhile were missed', 'relayed'));
    },
  });
  const unsubscribe = subscribe(broadcastSubscriber(channel, sender));
  const waitMs = options.waitMs ?? 5000;
  if (await channel.listening(waitMs)) {
    log.log(`[broadcast] instance ${options.instanceId} hears every change on this database`);
  } else {
    log.warn(`[broadcast] not listening after ${waitMs / 1000} s; starting anyway, and every page expires once it is`);
  }
  started = true;
  return {
    stop: async () => {
      unsubscribe();
      await channel.close();
    },
  };
}
