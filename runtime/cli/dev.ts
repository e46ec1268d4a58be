// `npm run dev`: the same server as `npm start` (database, guards, scheduler, shutdown) with Next in
// development mode: no build needed, pages compile on first visit and hot-reload on edit. Changes to
// the server itself (runtime/server/, runtime/cli/) need a restart.
import { exitOnError } from './provide-database';
import { serve } from './serve';

serve('development').catch(exitOnError);
