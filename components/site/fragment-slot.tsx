import { includeTag } from '@/lib/esi';

/**
 * Where a shared block goes on a page: an <esi:include> that the HTTP cache in front (Varnish) or
 * the portal's own server fills in, so the block is rendered and cached once for every page that
 * shows it and a change to it re-renders one fragment, not every page.
 *
 * The fragment lists one story more than a page shows, each marked data-story; the page's own
 * rule hides the story being read, and the extra one when the story being read is not among them.
 * Without :has() support (old browsers) a reader sees one story more; nothing is missing.
 */
export function FragmentSlot({ src, name, hide, show }: { src: string; name: string; hide?: number; show: number }) {
  const slot = `[data-slot="${name}"]`;
  // Without a story to hide (the homepage, "Most read"), the fragment is shown as it comes.
  const rules =
    hide === undefined
      ? [`${slot}:not(:has([data-story])){display:none}`]
      : [
          `${slot} [data-story="${hide}"]{display:none}`,
          `${slot} [data-stories]:not(:has(>[data-story="${hide}"]))>[data-story]:nth-child(n+${show + 1}){display:none}`,
          // Nothing else in it: no empty heading.
          `${slot}:not(:has([data-story]:not([data-story="${hide}"]))){display:none}`,
        ];
  return (
    <>
      <style>{rules.join('')}</style>
      <div data-slot={name} className="contents" dangerouslySetInnerHTML={{ __html: includeTag(src) }} />
    </>
  );
}
