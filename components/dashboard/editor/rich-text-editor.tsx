'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MediaPicker } from '@/components/dashboard/media-picker';
import type { PickedMedia } from '@/lib/media/picked';
import { bodyExtensions } from './body-extensions';
import { BodyToolbar } from './body-toolbar';

/**
 * The article body: Tiptap with the site's allowed formatting. Its HTML goes to the server, which
 * sanitizes it again on every save; nothing here is trusted. `onReady` reports the body as the
 * editor normalised it on load, so loading an article never counts as an unsaved change.
 */
export function RichTextEditor({
  id,
  labelId,
  describedBy,
  invalid,
  initialHtml,
  editable,
  onChange,
  onReady,
}: {
  id: string;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  initialHtml: string;
  editable: boolean;
  onChange: (html: string) => void;
  onReady: (html: string) => void;
}) {
  const [pickerOpen, setPickerOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const callbacks = useRef({ onChange, onReady });
  useEffect(() => {
    callbacks.current = { onChange, onReady };
  }, [onChange, onReady]);
  const extensions = useMemo(() => bodyExtensions(), []);

  const editor = useEditor({
    extensions,
    content: initialHtml,
    editable,
    // Rendered on the client only: the server has no DOM to build the editor with.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        // Reader typography; the selected image (a node selection) is outlined so it can be seen.
        class:
          'article-body min-h-80 px-4 py-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent [&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-accent [&_a]:cursor-text',
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor: e }) => callbacks.current.onReady(e.getHTML()),
    onUpdate: ({ editor: e }) => callbacks.current.onChange(e.getHTML()),
  });

  // Attributes that change after creation are set on the editable element directly.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (describedBy) dom.setAttribute('aria-describedby', describedBy);
    else dom.removeAttribute('aria-describedby');
    if (invalid) dom.setAttribute('aria-invalid', 'true');
    else dom.removeAttribute('aria-invalid');
    dom.setAttribute('aria-readonly', editable ? 'false' : 'true');
  }, [editor, describedBy, invalid, editable]);

  useEffect(() => {
    // Without emitting an update: becoming read-only is not an edit.
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  function insertImage(m: PickedMedia) {
    if (!editor) return;
    const image = { type: 'image', attrs: { src: m.url, alt: m.alt, width: m.width, height: m.height } };
    const caption = [m.caption, m.credit].filter(Boolean).join(' ');
    editor
      .chain()
      .focus()
      .insertContent(caption ? { type: 'figure', content: [image, { type: 'figcaption', content: [{ type: 'text', text: caption }] }] } : image)
      .run();
  }

  return (
    <div className={`rounded-md border bg-page ${invalid ? 'border-accent' : 'border-line'}`}>
      {editor && editable && (
        <BodyToolbar editor={editor} controls={id} onInsertImage={() => setPickerOpen(true)} linkOpen={linkOpen} setLinkOpen={setLinkOpen} />
      )}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <p className="min-h-80 px-4 py-3 text-muted" aria-live="polite">
          Loading the editor…
        </p>
      )}
      <MediaPicker open={pickerOpen} onClose={() => setPickerOpen(false)} onPick={insertImage} />
    </div>
  );
}
