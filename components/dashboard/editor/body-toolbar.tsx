'use client';

import { TextSelection } from '@tiptap/pm/state';
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { inputClass } from '@/components/dashboard/field';
import { normaliseHref } from '@/lib/rich-text/safe-href';

type Tool = {
  key: string;
  label: string;
  text: string;
  shortcut?: string;
  /** Toggle buttons report whether the format is on at the cursor (aria-pressed). */
  pressed?: (e: Editor) => boolean;
  disabled?: (e: Editor) => boolean;
  run: (e: Editor) => void;
};

const TOOLS: Tool[] = [
  { key: 'h2', label: 'Heading', text: 'H2', pressed: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: 'h3', label: 'Subheading', text: 'H3', pressed: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: 'bold', label: 'Bold', text: 'B', shortcut: 'Control+B', pressed: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: 'Italic', text: 'I', shortcut: 'Control+I', pressed: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'link', label: 'Link', text: 'Link', shortcut: 'Control+K', pressed: (e) => e.isActive('link'), run: () => undefined },
  { key: 'ul', label: 'Bulleted list', text: '• List', pressed: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'ol', label: 'Numbered list', text: '1. List', pressed: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: 'quote', label: 'Quote', text: '“ Quote', pressed: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  { key: 'image', label: 'Insert image', text: 'Image', run: () => undefined },
  { key: 'undo', label: 'Undo', text: 'Undo', shortcut: 'Control+Z', disabled: (e) => !e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { key: 'redo', label: 'Redo', text: 'Redo', shortcut: 'Control+Shift+Z', disabled: (e) => !e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

/** Buttons after which a thin divider groups the toolbar visually (blocks, marks, lists, media, history). */
const GROUP_ENDS = new Set(['h3', 'link', 'quote', 'image']);

const toolButton =
  'inline-flex h-9 min-w-9 items-center justify-center rounded px-2 text-sm font-semibold hover:bg-surface focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent disabled:opacity-40 aria-pressed:bg-ink aria-pressed:text-page';

/**
 * The body's formatting toolbar (WAI-ARIA toolbar pattern: one Tab stop, arrow keys move between
 * buttons). Links are entered in an inline form rather than a browser prompt.
 */
export function BodyToolbar({
  editor,
  controls,
  onInsertImage,
  linkOpen,
  setLinkOpen,
}: {
  editor: Editor;
  controls: string;
  onInsertImage: () => void;
  /** Held by the editor so Ctrl/Cmd+K in the text can open the link form too. */
  linkOpen: boolean;
  setLinkOpen: (open: boolean) => void;
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TOOLS.map((t) => [t.key, { pressed: t.pressed?.(e) ?? null, disabled: t.disabled?.(e) ?? false }])) as Record<
        string,
        { pressed: boolean | null; disabled: boolean }
      >,
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const usable = (i: number) => !state?.[TOOLS[i]!.key]?.disabled;
  // The one Tab stop must be a button that can take focus.
  const tabStop = usable(focusIndex) ? focusIndex : 0;

  function move(event: React.KeyboardEvent, index: number) {
    const step = event.key === 'ArrowRight' || event.key === 'Home' ? 1 : event.key === 'ArrowLeft' || event.key === 'End' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const n = TOOLS.length;
    let next = event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : (index + step + n) % n;
    // Disabled buttons (Undo with nothing to undo) are skipped.
    for (let tries = 0; tries < n && !usable(next); tries++) next = (next + step + n) % n;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="sticky top-0 z-10 border-b border-line bg-page">
      <div role="toolbar" aria-label="Formatting" aria-controls={controls} className="flex flex-wrap gap-1 p-1">
        {TOOLS.map((tool, index) => {
          const s = state?.[tool.key];
          return (
            <span key={tool.key} className="contents">
              <button
                ref={(el) => {
                  buttons.current[index] = el;
                }}
                type="button"
                tabIndex={index === tabStop ? 0 : -1}
                aria-label={tool.label}
                aria-pressed={s?.pressed ?? undefined}
                aria-keyshortcuts={tool.shortcut}
                title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})` : tool.label}
                disabled={s?.disabled}
                onKeyDown={(e) => move(e, index)}
                onFocus={() => setFocusIndex(index)}
                onMouseDown={(e) => e.preventDefault() /* keep the text selection */}
                onClick={() => {
                  if (tool.key === 'link') setLinkOpen(!linkOpen);
                  else if (tool.key === 'image') onInsertImage();
                  else tool.run(editor);
                }}
                className={`${toolButton} ${tool.key === 'bold' ? 'font-black' : ''} ${tool.key === 'italic' ? 'italic' : ''}`}
              >
                {tool.text}
              </button>
              {GROUP_ENDS.has(tool.key) && <span aria-hidden="true" className="mx-1 my-1.5 w-px self-stretch bg-line" />}
            </span>
          );
        })}
      </div>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </div>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.focus(), []);

  function apply() {
    const href = normaliseHref(value);
    if (!href) {
      setError('Use a web address (https://…), an email address, or a path on this site starting with /.');
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: insert the address itself as the link text.
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] });
    } else {
      chain.setLink({ href });
    }
    chain
      // The caret goes after the link, and what is typed next is plain text, not more link.
      .command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
        return true;
      })
      .unsetMark('link')
      .run();
    onDone();
  }

  return (
    <div
      role="group"
      aria-label="Edit link"
      className="flex flex-wrap items-end gap-2 border-t border-line p-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          editor.commands.focus();
          onDone();
        }
      }}
    >
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor={`${id}-href`} className="text-sm font-semibold">
          Link address
        </label>
        <input
          ref={input}
          id={`${id}-href`}
          type="text"
          inputMode="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          placeholder="https://example.org/report"
          className={inputClass}
        />
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-accent">
            {error}
          </p>
        )}
      </div>
      <button type="button" onClick={apply} className={`${toolButton} border border-line`}>
        Apply link
      </button>
      {existing && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onDone();
          }}
          className={`${toolButton} border border-line`}
        >
          Remove link
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          editor.commands.focus();
          onDone();
        }}
        className={toolButton}
      >
        Cancel
      </button>
    </div>
  );
}
