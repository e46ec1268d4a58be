// Relative imports: next.config.ts loads this through lib/security/csp.ts, and the @/ alias does not exist there.
import { LOCAL_TIME_SCRIPT } from './local-time';
import { THEME_SCRIPT } from './theme';
import { THEME_TOGGLE_SCRIPT } from './theme-toggle';

export { LOCAL_TIME_SCRIPT, THEME_SCRIPT, THEME_TOGGLE_SCRIPT };

/**
 * Every script a public page runs, by exact source: the HTTP server keeps these and nothing else
 * (runtime/server/plain-html.ts), and the CSPs allow exactly these by hash (the staff preview
 * renders the public chrome under the newsroom's policy).
 */
export const PAGE_SCRIPTS: readonly string[] = [THEME_SCRIPT, LOCAL_TIME_SCRIPT, THEME_TOGGLE_SCRIPT];
