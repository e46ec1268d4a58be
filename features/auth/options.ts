import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { recordAudit } from '@/db/mutations/audit';
import { recordLoginAttempt } from '@/db/mutations/staff';
import { revokeSession } from '@/db/mutations/sessions';
import { getCredentialsByEmail } from '@/db/queries/staff';
import type { UserRole } from '@/db/schema';
import { env } from '@/lib/env';
import { clientIpFrom } from './client-ip';
import { burnPasswordCheck, verifyPassword } from './password';
import { throttleMessage } from './throttle';
import { auditThrottled, checkThrottle } from './throttle-check';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(256),
});

declare module 'next-auth' {
  interface Session {
    staff?: { id: number; sv: number; sid: string; signedInAt: number };
  }
  interface User {
    role?: UserRole;
    sv?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: UserRole;
    sv?: number;
    /** This session's own id, kept when next-auth re-issues the cookie; signing out revokes it. */
    sid?: string;
    /** Seconds since the epoch at sign-in: re-issued cookies never extend a session past SESSION_MAX_AGE_SECONDS. */
    signedInAt?: number;
  }
}

/**
 * Checks email and password with throttling kept in PostgreSQL. An unknown email and a wrong
 * password take the same time and get the same answer; a throttled sign-in is refused even with
 * the right password.
 */
export async function authorizeCredentials(raw: unknown, headers: Record<string, string | string[] | undefined>) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIpFrom(headers);
  const now = new Date();
  const decision = await checkThrottle(email, ip, { now });
  if (!decision.allowed) {
    await auditThrottled(decision, email, ip, now);
    throw new Error(throttleMessage(decision.retryAfterMinutes, decision.lock));
  }
  const account = await getCredentialsByEmail(email);
  let ok = false;
  if (account?.passwordHash && !account.disabled) {
    ok = await verifyPassword(account.passwordHash, password);
  } else {
    await burnPasswordCheck(password);
  }
  await recordLoginAttempt(email, ip, ok);
  await recordAudit({
    actorId: ok && account ? account.id : null,
    action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
    ip,
    details: ok ? {} : { email },
  });
  if (!ok || !account) return null;
  return { id: String(account.id), name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: env().authSecret,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, req.headers ?? {}),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sv;
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.sv && token.sid && token.signedInAt) session.staff = { id: token.uid, sv: token.sv, sid: token.sid, signedInAt: token.signedInAt };
      return session;
    },
  },
  events: {
    // The cookie is a signed token that stays valid on its own; without this a copy of it kept
    // working for up to 12 hours after "Sign out". Only this session ends, not the person's others.
    async signOut({ token }) {
      if (!token?.sid || !token.signedInAt) return;
      await revokeSession(token.sid, new Date((token.signedInAt + SESSION_MAX_AGE_SECONDS) * 1000));
    },
  },
};
