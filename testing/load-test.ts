// The "load with writing" check (part of `npm test`, also `npm run test:load`): runs against the
// prepared test server and fails on any 5xx, lost write or revision mismatch.
import { runLoadWithWrites } from './load-with-writes';

async function main() {
  const baseUrl = process.env.TEST_BASE_URL;
  const databaseUrl = process.env.DATABASE_URL;
  if (!baseUrl || !databaseUrl) throw new Error('Run through `npm run test:load`, which prepares a server and database.');
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const report = await runLoadWithWrites({ baseUrl, databaseUrl, seconds });
  console.log(JSON.stringify(report, null, 2));
  const problems = [
    report.serverErrors ? `${report.serverErrors} server errors or failed connections` : '',
    ...report.missingInDatabase.map((t) => `not in the database: ${t}`),
    ...report.missingOnPages.map((t) => `not on the public pages: ${t}`),
    ...report.revisionMismatches,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`✗ load with writing:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`✓ ${report.requests} reads (${Math.round(report.requests / seconds)}/s), ${report.published} publishes and ${report.edited} edits: no 5xx, nothing lost`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
