// `npm test` and friends: lint, types and unit tests first (fast, no services), then one prepared
// environment (database + build + server) shared by the integration and end-to-end suites.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prepareTestEnvironment } from './harness';

type Step = 'audit' | 'lint' | 'typecheck' | 'unit' | 'integration' | 'e2e' | 'load';
const ALL: Step[] = ['audit', 'lint', 'typecheck', 'unit', 'integration', 'e2e', 'load'];

function bin(name: string) {
  return path.resolve('node_modules/.bin', name);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const requested = args.filter((a) => !a.startsWith('--')) as Step[];
  // --grep=<pattern> narrows both suites to matching test names (Playwright --grep, Vitest -t).
  const grep = args.find((a) => a.startsWith('--grep='))?.slice('--grep='.length);
  const steps = requested.length ? requested : ALL;
  const failures: string[] = [];
  const step = async (name: string, command: string, args: string[], env?: NodeJS.ProcessEnv) => {
    console.log(`\n━━ ${name} ━━`);
    const code = await run(command, args, env);
    if (code !== 0) failures.push(name);
  };

  if (steps.includes('audit')) await step('audit', bin('tsx'), [path.resolve('runtime/cli/audit.ts')]);
  if (steps.includes('lint')) await step('lint', bin('eslint'), ['--max-warnings=0', '.']);
  if (steps.includes('typecheck')) await step('typecheck', bin('tsc'), ['--noEmit']);
  if (steps.includes('unit')) await step('unit', bin('vitest'), ['run', '--project', 'unit']);

  if (steps.includes('integration') || steps.includes('e2e') || steps.includes('load')) {
    console.log('\n━━ preparing database, build and server ━━');
    const environment = await prepareTestEnvironment({ build: !process.argv.includes('--no-build') });
    const env = { ...process.env, ...environment.env };
    try {
      if (steps.includes('integration')) {
        await step('integration', bin('vitest'), ['run', '--project', 'integration', ...(grep ? ['-t', grep] : [])], env);
      }
      if (steps.includes('e2e')) {
        await step('e2e', bin('playwright'), ['test', '--config', 'e2e/playwright.config.ts', ...(grep ? ['--grep', grep] : [])], env);
      }
      if (steps.includes('load')) await step('load', bin('tsx'), [path.resolve('testing/load-test.ts')], env);
      // Secrets and password hashes must never reach a log line, whatever the tests did.
      const log = environment.serverLog();
      const leaks = [environment.env.AUTH_SECRET!, '$argon2', 'harbour-lights-2026'].filter((s) => log.includes(s));
      if (leaks.length) {
        console.error(`✗ the server log contains secrets: ${leaks.map((l) => l.slice(0, 12)).join(', ')}`);
        failures.push('secrets-in-log');
      }
    } finally {
      if (failures.length) console.error(`\n━━ test server log (last 6000 characters) ━━\n${environment.serverLog().slice(-6000)}`);
      await environment.teardown();
    }
  }

  if (failures.length) {
    console.error(`\n✗ failed: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log(`\n✓ all passed: ${steps.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
