// Relative imports: next.config.ts loads this through lib/security/csp.ts, and the @/ alias does not exist there.
import { LOCAL_TIME_SCRIPT, THEME_SCRIPT } from '../theme-script';

/**
 * Every script a public page runs, by exact source: the HTTP server keeps these and nothing else
 * (runtime/server/plain-html.ts), and the public CSP allows exactly these by hash.
 */
export const PAGE_SCRIPTS: readonly string[] = [THEME_SCRIPT, LOCAL_TIME_SCRIPT];
