import { highlightSegments } from '@/lib/search/highlight';

/** A ts_headline result as text with <mark> around the matches; React escapes every run. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightSegments(text).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
