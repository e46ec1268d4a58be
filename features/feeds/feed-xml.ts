import { xmlEscape } from '@/lib/xml';

/**
 * Atom 1.0 and RSS 2.0 documents written by hand. The `feed` package escaped only "&" in some
 * places (a tag named "Fans <3 Athletic" made the Atom feed invalid XML, because its name lands in
 * an attribute) and ended CDATA sections at the first "]]>" only. Here every text and attribute
 * value passes through one function, xmlEscape, so no field can break the document.
 */

type FeedPerson = { name: string; uri: string };

export type FeedEntry = {
  /** A permanent id (tag: URI), also the RSS guid. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published: Date;
  /** Plain text. */
  summary: string;
  /** Sanitized HTML with absolute links. */
  contentHtml: string;
  author: FeedPerson;
  categories: { label: string; term: string }[];
  image?: { url: string; type: string };
};

export type FeedDocument = {
  title: string;
  subtitle: string;
  /** The page the feed follows. */
  link: string;
  atomUrl: string;
  rssUrl: string;
  logo: string;
  icon: string;
  rights: string;
  language: string;
  ttlMinutes: number;
  updated: Date;
  author: FeedPerson;
  entries: FeedEntry[];
};

type Attributes = Record<string, string | number>;
type Node = { name: string; attributes: Attributes; children: (Node | string)[] };

function el(name: string, attributes: Attributes = {}, ...children: (Node | string)[]): Node {
  return { name, attributes, children };
}

function render(node: Node, depth = 0): string {
  const pad = '    '.repeat(depth);
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${xmlEscape(String(value))}"`)
    .join('');
  if (node.children.length === 0) return `${pad}<${node.name}${attributes}/>`;
  if (node.children.every((c) => typeof c === 'string')) return `${pad}<${node.name}${attributes}>${node.children.map((c) => xmlEscape(c as string)).join('')}</${node.name}>`;
  const inner = node.children.map((c) => (typeof c === 'string' ? `${'    '.repeat(depth + 1)}${xmlEscape(c)}` : render(c, depth + 1)));
  return `${pad}<${node.name}${attributes}>\n${inner.join('\n')}\n${pad}</${node.name}>`;
}

function document(root: Node): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root)}`;
}

/** For feed fields that are declared HTML but hold plain text (headlines, standfirsts). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function atomXml(feed: FeedDocument): string {
  const person = (tag: string, p: FeedPerson) => el(tag, {}, el('name', {}, p.name), el('uri', {}, p.uri));
  const entry = (e: FeedEntry) =>
    el(
      'entry',
      {},
      // Declared HTML, as readers render Atom titles: the headline's own "<" and "&" stay text.
      el('title', { type: 'html' }, escapeHtml(e.title)),
      el('id', {}, e.id),
      el('link', { href: e.link }),
      ...(e.image ? [el('link', { rel: 'enclosure', href: e.image.url, type: e.image.type, length: 0 })] : []),
      el('updated', {}, e.updated.toISOString()),
      el('summary', { type: 'html' }, escapeHtml(e.summary)),
      el('content', { type: 'html' }, e.contentHtml),
      person('author', e.author),
      ...e.categories.map((c) => el('category', { label: c.label, term: c.term })),
      el('published', {}, e.published.toISOString()),
    );
  return document(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom' },
      el('id', {}, feed.atomUrl),
      el('title', {}, feed.title),
      el('updated', {}, feed.updated.toISOString()),
      person('author', feed.author),
      el('link', { rel: 'alternate', href: feed.link }),
      el('link', { rel: 'self', href: feed.atomUrl }),
      el('subtitle', {}, feed.subtitle),
      el('logo', {}, feed.logo),
      el('icon', {}, feed.icon),
      el('rights', {}, feed.rights),
      ...feed.entries.map(entry),
    ),
  );
}

export function rssXml(feed: FeedDocument): string {
  const item = (e: FeedEntry) =>
    el(
      'item',
      {},
      el('title', {}, e.title),
      el('link', {}, e.link),
      el('guid', { isPermaLink: 'false' }, e.id),
      el('pubDate', {}, e.published.toUTCString()),
      el('description', {}, escapeHtml(e.summary)),
      el('content:encoded', {}, e.contentHtml),
      ...e.categories.map((c) => el('category', {}, c.label)),
      ...(e.image ? [el('enclosure', { length: 0, type: e.image.type, url: e.image.url })] : []),
      // RSS 2.0's <author> must be an e-mail address, which bylines do not publish: Dublin Core's creator carries the name.
      el('dc:creator', {}, e.author.name),
    );
  return document(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
      },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, feed.link),
        el('description', {}, feed.subtitle),
        el('lastBuildDate', {}, feed.updated.toUTCString()),
        el('docs', {}, 'https://validator.w3.org/feed/docs/rss2.html'),
        el('language', {}, feed.language),
        el('ttl', {}, String(feed.ttlMinutes)),
        el('image', {}, el('title', {}, feed.title), el('url', {}, feed.logo), el('link', {}, feed.link)),
        el('copyright', {}, feed.rights),
        el('atom:link', { href: feed.rssUrl, rel: 'self', type: 'application/rss+xml' }),
        ...feed.entries.map(item),
      ),
    ),
  );
}
