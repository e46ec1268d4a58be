import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/features/seo/json-ld';

/** Structured data for crawlers, escaped so no value can end the script element. */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
