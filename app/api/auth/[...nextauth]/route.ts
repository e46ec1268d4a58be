import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { refuseCrossSite } from '@/lib/security/origin';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in and sign-out change state: besides next-auth's CSRF token, they must come from this site.
async function POST(request: Request, context: Context) {
  return refuseCrossSite(request) ?? handler(request, context);
}

export { handler as GET, POST };
