import Image from '@tiptap/extension-image';
import { mergeAttributes, Node, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { isLibraryImageSrc, isSafeHref } from '@/lib/rich-text/safe-href';

/** <figure> holding an image and an optional caption, as stored bodies (and the seed) use them. */
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'image figcaption?',
  draggable: true,
  isolating: true,
  parseHTML() {
    return [{ tag: 'figure' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes), 0];
  },
});

const Figcaption = Node.create({
  name: 'figcaption',
  content: 'text*',
  marks: 'bold italic link',
  parseHTML() {
    return [{ tag: 'figcaption' }];
  },
  renderHTML() {
    return ['figcaption', 0];
  },
});

/** Only images from the media library: anything else would be dropped on save anyway. */
const LibraryImage = Image.extend({
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element) => (isLibraryImageSrc((element as HTMLElement).getAttribute('src') ?? '') ? null : false),
      },
    ];
  },
}).configure({ inline: false, allowBase64: false });

/**
 * The body's schema: exactly what the site's sanitizer allows and the toolbar offers — headings
 * 2–3, bold, italic, safe links, lists, quotes and library images. Anything else pasted in
 * (scripts, event handlers, javascript: links, foreign images) has no place in the schema and is
 * dropped while parsing.
 */
export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { target: null, rel: null },
      },
    }),
    LibraryImage,
    Figure,
    Figcaption,
  ];
}
