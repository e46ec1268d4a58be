// `npm run user:create -- --email E --password P --role R --name N`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeConnection } from '@/db/client';
import { AppError } from '@/lib/errors';
import { createStaff } from '@/db/mutations/staff';
import { isDisplayNameTaken } from '@/db/queries/staff';
import { hashPassword, passwordProblem } from '@/features/auth/password';
import { ROLES } from '@/features/auth/permissions';

const USAGE = 'Usage: npm run user:create -- --email E --password P --role contributor|author|editor|admin --name "Full Name"';

const schema = z
  .object({
    email: z.string({ error: 'is required' }).trim().toLowerCase().email('must be a valid email address'),
    password: z.string({ error: 'is required' }),
    role: z.enum(ROLES as [string, ...string[]], { error: `must be one of ${ROLES.join(', ')}` }),
    name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(120),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { email: v.email, name: v.name });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `is too weak: ${problem}` });
  });

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }).values as Record<string, string | undefined>;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')} ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const { email, password, role, name } = parsed.data;
  try {
    if (await isDisplayNameTaken(name)) {
      console.error(`--name "${name}" is already used by another active account; bylines must tell people apart (add a middle initial, for example).`);
      return 2;
    }
    const { id } = await createStaff({ email, name, role: role as (typeof ROLES)[number], passwordHash: await hashPassword(password) });
    console.log(`Created ${role} ${name} <${email}> (id ${id}). They can sign in at /login.`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await closeConnection();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
