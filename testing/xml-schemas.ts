// Validates sitemaps against the committed sitemaps.org and Google News schemas (xmllint-wasm).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const DIR = path.resolve(__dirname, '../features/seo/fixtures');
const FILES = ['sitemap.xsd', 'siteindex.xsd', 'sitemap-news.xsd', 'news-sitemap.xsd'] as const;

type SchemaName = 'sitemap' | 'siteindex' | 'news';

const ENTRY: Record<SchemaName, (typeof FILES)[number]> = {
  sitemap: 'sitemap.xsd',
  siteindex: 'siteindex.xsd',
  news: 'news-sitemap.xsd',
};

let loaded: Promise<{ fileName: string; contents: string }[]> | null = null;

function schemas() {
  loaded ??= Promise.all(FILES.map(async (fileName) => ({ fileName, contents: await readFile(path.join(DIR, fileName), 'utf8') })));
  return loaded;
}

/** Validation errors of `xml` against a schema; an empty list means valid. */
export async function schemaErrors(xml: string, schema: SchemaName): Promise<string[]> {
  const files = await schemas();
  const entry = files.find((f) => f.fileName === ENTRY[schema])!;
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [entry],
    preload: files.filter((f) => f !== entry),
    // Month sitemaps may hold 50 000 URLs: give xmllint room beyond its 32 MiB default.
    maxMemoryPages: 256 * 16,
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
