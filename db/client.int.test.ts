import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from './client';

afterAll(async () => {
  await closeConnection();
});

describe('app database connections', () => {
  // Regression: at 100 000 stories the search plan's estimate passed jit_above_cost and
  // PostgreSQL spent about a second compiling a query that runs in 30 ms.
  it('run with JIT off, on every connection of the pool', async () => {
    const settings = await Promise.all(Array.from({ length: 4 }, () => db().execute<{ jit: string }>(sql`show jit`)));
    for (const s of settings) expect(s.rows[0]!.jit).toBe('off');
  });
});
