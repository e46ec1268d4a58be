import { describe, expect, it } from 'vitest';
import { THEME_TOGGLE_SCRIPT } from './theme-toggle';

type Button = { pressed: string | null; setAttribute: (name: string, value: string) => void; onclick: null | (() => unknown) };

/** Just the DOM the script touches, so its behaviour can be checked without a browser. */
function page({ theme, systemDark, storageRefused = false, search = true }: { theme?: string; systemDark: boolean; storageRefused?: boolean; search?: boolean }) {
  const html = { dataset: theme === undefined ? ({} as { theme?: string }) : { theme } };
  const button = (): Button => {
    const b: Button = { pressed: null, onclick: null, setAttribute: (name, value) => name === 'aria-pressed' && (b.pressed = value) };
    return b;
  };
  const buttons = [button(), button()];
  const media = { matches: systemDark, onchange: null as null | (() => void) };
  const stored: { theme?: string } = {};
  const storage = storageRefused
    ? Object.defineProperty({}, 'theme', {
        set() {
          throw new Error('QuotaExceededError');
        },
      })
    : stored;
  const windowListeners: Record<string, (event?: { key: string; newValue: string | null }) => void> = {};
  const input = { focused: 0, focus: () => input.focused++ };
  const summary = { onclick: null as null | (() => unknown) };
  const details = { open: false, firstChild: summary, querySelector: (s: string) => (s === 'input' ? input : null) };
  const document = {
    documentElement: html,
    querySelectorAll: (s: string) => (s === '[data-theme-toggle]' ? buttons : []),
    querySelector: (s: string) => (s === '[data-search]' && search ? details : null),
  };
  // The script's free names (document, matchMedia, …) resolve to these parameters.
  new Function('document', 'matchMedia', 'localStorage', 'addEventListener', THEME_TOGGLE_SCRIPT)(
    document,
    (query: string) => {
      expect(query).toBe('(prefers-color-scheme:dark)');
      return media;
    },
    storage,
    (type: string, listener: (event?: { key: string; newValue: string | null }) => void) => (windowListeners[type] = listener),
  );
  return { html, buttons, media, stored, windowListeners, input, summary, details };
}

describe('THEME_TOGGLE_SCRIPT', () => {
  it('stays a small ES5 script', () => {
    expect(THEME_TOGGLE_SCRIPT.length).toBeLessThan(700);
    expect(THEME_TOGGLE_SCRIPT).not.toMatch(/=>|`|\blet\b|\bconst\b|\bclass\b|\.\.\./);
  });

  it('follows the system until the reader chooses, then flips and stores the choice', () => {
    const p = page({ systemDark: true });
    expect(p.buttons.map((b) => b.pressed)).toEqual(['true', 'true']);
    p.buttons[1]!.onclick!();
    expect(p.html.dataset.theme).toBe('light');
    expect(p.stored.theme).toBe('light');
    expect(p.buttons.map((b) => b.pressed)).toEqual(['false', 'false']);
    p.buttons[0]!.onclick!();
    expect(p.html.dataset.theme).toBe('dark');
    expect(p.stored.theme).toBe('dark');
    expect(p.buttons.map((b) => b.pressed)).toEqual(['true', 'true']);
  });

  it('reports a stored choice over the system, and only "dark" or "light" count as one', () => {
    expect(page({ theme: 'dark', systemDark: false }).buttons[0]!.pressed).toBe('true');
    expect(page({ theme: 'light', systemDark: true }).buttons[0]!.pressed).toBe('false');
    expect(page({ theme: 'sepia', systemDark: true }).buttons[0]!.pressed).toBe('true');
    expect(page({ theme: 'sepia', systemDark: false }).buttons[0]!.pressed).toBe('false');
  });

  it('re-reads the theme when the system preference changes, and applies a choice made in another tab', () => {
    const p = page({ systemDark: false });
    expect(p.buttons[0]!.pressed).toBe('false');
    p.media.matches = true;
    p.media.onchange!();
    expect(p.buttons[0]!.pressed).toBe('true');
    p.windowListeners.storage!({ key: 'theme', newValue: 'light' });
    expect(p.html.dataset.theme).toBe('light');
    expect(p.buttons[0]!.pressed).toBe('false');
    // Other keys and unknown values change nothing.
    p.windowListeners.storage!({ key: 'other', newValue: 'dark' });
    p.windowListeners.storage!({ key: 'theme', newValue: 'sepia' });
    expect(p.html.dataset.theme).toBe('light');
  });

  it('still switches for this page when storage is refused', () => {
    const p = page({ systemDark: false, storageRefused: true });
    expect(() => p.buttons[0]!.onclick!()).not.toThrow();
    expect(p.html.dataset.theme).toBe('dark');
    expect(p.buttons[0]!.pressed).toBe('true');
  });

  it('opens the search disclosure from the tap and focuses its box, and closes it on the next', () => {
    const p = page({ systemDark: false });
    // false cancels the summary's own toggling, which would undo ours.
    expect(p.summary.onclick!()).toBe(false);
    expect(p.details.open).toBe(true);
    expect(p.input.focused).toBe(1);
    expect(p.summary.onclick!()).toBe(false);
    expect(p.details.open).toBe(false);
    expect(p.input.focused).toBe(1);
  });

  it('runs on pages without the search disclosure', () => {
    expect(() => page({ systemDark: false, search: false })).not.toThrow();
  });
});
