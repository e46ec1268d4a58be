import { sanitizeBody } from '@/lib/rich-text/sanitize';

/** Renders a stored body through the allow-list again: nothing outside it reaches a page, whatever the row holds. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: sanitizeBody(html) }} />;
}
