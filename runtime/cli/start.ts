// `npm start`: database (embedded unless DATABASE_URL), migrations, then the production server.
import { exitOnError } from './provide-database';
import { serve } from './serve';

serve('production').catch(exitOnError);
