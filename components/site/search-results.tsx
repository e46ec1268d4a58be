import { RECENT_WINDOW } from '@/lib/search/windows';
import type { SearchOutcome } from '@/features/search/run-search';
import { MAX_QUERY_LENGTH, searchPath } from '@/features/search/query';
import { articlePath, sectionPath } from '@/lib/site';
import { DateTime } from './date-time';
import { Highlighted } from './highlighted';
import { Pagination } from './pagination';

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="mt-8 max-w-2xl rounded border border-line bg-surface p-5">
      {children}
    </div>
  );
}

/** Every state of a search: nothing asked yet, a query we cannot run, no matches, or a page of results. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  if (outcome.state === 'empty') {
    return (
      <Notice>
        <p className="font-semibold">What are you looking for?</p>
        <p className="mt-1 text-muted">Type a name, place or topic to search every story we have published.</p>
      </Notice>
    );
  }
  if (outcome.state === 'too-long') {
    return (
      <Notice>
        <p className="font-semibold">That search is too long.</p>
        <p className="mt-1 text-muted">
          Searches can be up to {MAX_QUERY_LENGTH} characters; yours has {outcome.length}. Try the few words that matter most.
        </p>
      </Notice>
    );
  }
  if (outcome.state === 'no-words') {
    return (
      <Notice>
        <p className="font-semibold">There is nothing to search for in “{outcome.q}”.</p>
        <p className="mt-1 text-muted">Searches need at least one letter or number. Try a word such as a name, place or topic.</p>
      </Notice>
    );
  }
  const { q, total, capped, page, pages, items } = outcome;
  if (total === 0 || items.length === 0) {
    return (
      <Notice>
        <p className="font-semibold">{total === 0 ? `No stories match “${q}”.` : `There is no page ${page} of results for “${q}”.`}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
          <li>Check the spelling, or try fewer or more general words.</li>
          <li>Remove quotes or minus signs that may be narrowing the search.</li>
          <li>
            Or browse{' '}
            <a href="/latest" className="font-semibold text-accent hover:underline">
              all stories
            </a>
            .
          </li>
        </ul>
      </Notice>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="text-lg font-semibold">
        {capped ? `More than ${RECENT_WINDOW.toLocaleString('en-GB')} stories match` : total === 1 ? '1 story matches' : `${total.toLocaleString('en-GB')} stories match`} “{q}”
        {pages > 1 && <span className="font-normal text-muted"> · page {page} of {pages}</span>}
      </h2>
      {capped && (
        <p className="mt-1 max-w-3xl text-sm text-muted">
          These are the best matches among the {RECENT_WINDOW.toLocaleString('en-GB')} most recent stories and the latest headlines that
          match. Add a word or a “quoted phrase” to find older stories.
        </p>
      )}
      <ol className="mt-4 max-w-3xl">
        {items.map((a) => (
          <li key={a.id} className="border-t border-line py-5">
            <article>
              <p className="text-xs font-semibold tracking-wide text-accent uppercase">
                <a href={sectionPath(a.section.slug)} className="hover:underline">
                  {a.section.name}
                </a>
              </p>
              <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                <a href={articlePath(a)} className="hover:underline">
                  <Highlighted text={a.titleHighlight} />
                </a>
              </h3>
              <p className="search-snippet mt-2 text-muted">
                <Highlighted text={a.snippet} />
              </p>
              <p className="mt-2 text-xs text-muted">
                {a.author.name} · <DateTime iso={a.publishedAt} />
              </p>
            </article>
          </li>
        ))}
      </ol>
      <Pagination
        basePath="/search"
        page={page}
        pages={pages}
        hrefFor={(n) => searchPath(q, n)}
        labels={{ newer: '← Previous results', older: 'More results →' }}
      />
    </section>
  );
}
