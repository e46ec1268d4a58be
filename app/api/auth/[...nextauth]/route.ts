import NextAuth from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/features/auth/options';
import { refuseCrossSite } from '@/lib/security/origin';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth copies query values (?error=, ?callbackUrl=) into the Location header it answers with;
// one holding a line break or a character outside Latin-1 (also what a broken %-escape decodes to)
// made that header invalid and the answer a 500. Printable ASCII is all its own links ever use.
const queryValues = z.array(z.string().max(2000).regex(/^[\x20-\x7e]*$/));

async function GET(request: Request, context: Context) {
  if (!queryValues.safeParse([...new URL(request.url).searchParams.values()]).success) {
    return new Response('This sign-in link is malformed. Go to /login to sign in.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return handler(request, context);
}

// Sign-in and sign-out change state: besides next-auth's CSRF token, they must come from this site.
async function POST(request: Request, context: Context) {
  return refuseCrossSite(request) ?? handler(request, context);
}

export { GET, POST };
