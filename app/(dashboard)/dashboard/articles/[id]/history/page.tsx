import type { Metadata } from 'next';
import { DiffView } from '@/components/dashboard/articles/diff-view';
import { RestoreRevisionButton } from '@/components/dashboard/articles/restore-revision-button';
import { TimeAgo } from '@/components/dashboard/articles/time-ago';
import { canArticle } from '@/features/auth/permissions';
import { getArticleRow } from '@/db/queries/article-rows';
import { loadHistory, loadRevisionDiff } from '@/features/articles/history';
import { STATUS_LABELS } from '@/features/articles/editor-types';
import { parseVersion } from '@/lib/route-params';
import { loadStoryPage } from '@/features/articles/story-page';

export const metadata: Metadata = { title: 'Article history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { staff, id, data: history } = await loadStoryPage(params, loadHistory);
  const { article, revisions } = history;
  const selected = parseVersion((await searchParams).version);
  const diff = selected !== null ? await loadRevisionDiff(staff, id, selected) : null;
  const row = await getArticleRow(id);
  const canRestore = row !== null && canArticle(staff, 'edit', row);
  const now = new Date();

  return (
    <>
      <p className="text-sm text-muted">
        <a href="/dashboard/articles" className="underline">
          Articles
        </a>{' '}
        /{' '}
        <a href={`/dashboard/articles/${article.id}`} className="underline">
          {article.title || 'Untitled'}
        </a>{' '}
        / History
      </p>
      <h1 className="mt-1 text-2xl font-bold">History of “{article.title || 'Untitled'}”</h1>
      <p className="mt-1 text-sm text-muted">
        Every save is kept. Now at version {article.version}, {article.deleted ? 'in the trash' : STATUS_LABELS[article.status].toLowerCase()}. Choose a
        version to see how it differs from the current one.
      </p>

      <div className="mt-6 grid gap-8 xl:grid-cols-[24rem_minmax(0,1fr)]">
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading" className="text-lg font-bold">
            Versions
          </h2>
          <ol className="mt-2 flex flex-col divide-y divide-line rounded-md border border-line">
            {revisions.map((r) => {
              const isCurrent = r.version === article.version;
              const isSelected = r.version === selected;
              return (
                <li key={`${r.version}-${r.createdAt}`} className={`p-3 text-sm ${isSelected ? 'bg-surface' : ''}`}>
                  <a
                    href={`/dashboard/articles/${article.id}/history?version=${r.version}`}
                    aria-current={isSelected ? 'true' : undefined}
                    className="font-semibold text-accent underline"
                  >
                    Version {r.version}
                  </a>
                  {isCurrent && <span className="ml-2 rounded bg-ink px-1.5 text-xs text-page">current</span>}
                  <span className="ml-2">{r.note}</span>
                  <span className="block text-muted">by {r.editor ?? 'the system'}</span>
                  <TimeAgo iso={r.createdAt} now={now} />
                </li>
              );
            })}
          </ol>
        </section>

        <section aria-labelledby="compare-heading" className="min-w-0">
          {selected === null ? (
            <>
              <h2 id="compare-heading" className="text-lg font-bold">
                Compare
              </h2>
              <p className="mt-2 text-muted">Choose a version from the list.</p>
            </>
          ) : !diff ? (
            <>
              <h2 id="compare-heading" className="text-lg font-bold">
                Version {selected} not found
              </h2>
              <p className="mt-2">This article has no version {selected}.</p>
            </>
          ) : (
            <>
              <h2 id="compare-heading" className="text-lg font-bold">
                {selected === article.version ? `Version ${selected} is the current version` : `Current version (${article.version}) compared with version ${selected}`}
              </h2>
              <p className="mt-1 text-sm text-muted">
                Version {selected}: {diff.revision.note}, by {diff.revision.editor ?? 'the system'}.
              </p>
              {selected !== article.version && (
                <>
                  <div className="mt-4">
                    <DiffView changes={diff.changes} beforeLabel={`Current (version ${article.version})`} afterLabel={`Version ${selected}`} />
                  </div>
                  {canRestore && (
                    <div className="mt-6">
                      <RestoreRevisionButton
                        id={article.id}
                        version={selected}
                        currentVersion={article.version}
                        live={article.status === 'published' && !article.deleted}
                        hasChanges={diff.changes.length > 0}
                      />
                    </div>
                  )}
                </>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
