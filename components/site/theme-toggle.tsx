/**
 * Dark/Light switch: a toggle button whose pressed state says whether the dark theme is on. Rendered
 * on the server with nothing attached; THEME_TOGGLE_SCRIPT (lib/site-scripts/theme-toggle.ts) finds
 * it by data-theme-toggle, sets aria-pressed and flips the theme. Hidden until that can run (the
 * .theme-toggle rule in app/globals.css). Below md it is an icon; the name stays for screen readers.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      className="theme-toggle inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border border-line text-sm font-medium hover:bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent md:px-3"
      data-theme-toggle=""
      aria-pressed="false"
      // The staff preview hydrates this header with React after the script has set the real state.
      suppressHydrationWarning
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <span className="max-md:sr-only">Dark mode</span>
    </button>
  );
}
