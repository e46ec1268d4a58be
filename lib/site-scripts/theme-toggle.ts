/**
 * Behaviour for the server-rendered theme button and the phone header's search disclosure. Public
 * pages are to ship without a React runtime, so this is a static inline script: one fixed string
 * keeps pages cacheable and lets the newsroom's CSP allow it by hash (lib/security/csp.ts).
 *
 * Theme, exactly as the React toggle did it: the effective theme is <html data-theme> when it is
 * "dark" or "light" (the reader's choice, applied in <head> by THEME_SCRIPT), else the system's; a
 * click flips it and stores it (storage may be refused, e.g. in private browsing: the choice then
 * lasts for this page only). Every [data-theme-toggle] reports the theme in aria-pressed, re-read
 * when the system preference changes; a choice made in another tab (the 'storage' event) applies
 * here too.
 *
 * Search: the summary (which must stay the disclosure's first child) opens it from the click itself,
 * so the input can take focus inside the reader's gesture: phones raise the keyboard only then.
 * Without JavaScript the disclosure opens natively and the reader taps the box.
 *
 * Hand-minified ES5, kept under 700 bytes (lib/site-scripts/theme-toggle.test.ts).
 */
export const THEME_TOGGLE_SCRIPT = `(function(){var d=document,h=d.documentElement,q='querySelector',m=matchMedia('(prefers-color-scheme:dark)'),b=d[q+'All']('[data-theme-toggle]'),s=d[q]('[data-search]'),i;function k(){var t=h.dataset.theme;return t=='dark'||t!='light'&&m.matches}function u(){for(i=0;i<b.length;i++)b[i].setAttribute('aria-pressed',''+k())}for(i=0;i<b.length;i++)b[i].onclick=function(){var n=h.dataset.theme=k()?'light':'dark';try{localStorage.theme=n}catch(e){}u()};m.onchange=u;addEventListener('storage',function(e){var n=e.newValue;if(e.key=='theme'&&(n=='dark'||n=='light'))h.dataset.theme=n;u()});u();if(s)s.firstChild.onclick=function(){if(s.open=!s.open)s[q]('input').focus();return!1}})();`;
