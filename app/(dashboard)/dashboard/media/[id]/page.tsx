import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MediaEditForm } from '@/components/dashboard/media-edit-form';
import { DateTime } from '@/components/site/date-time';
import { requireStaff } from '@/features/auth/session';
import { getMediaDetail } from '@/features/media/library';
import { formatBytes, UPLOAD_MESSAGES } from '@/lib/media/limits';
import { mediaUrl } from '@/lib/media/storage';
import { parseRouteId } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Image details' };

type Props = { params: Promise<{ id: string }> };

const KIND_LABEL = { hero: 'Lead image', og: 'Social card', 'crop-4x3': '4:3 crop', 'crop-1x1': 'Square crop', original: 'Uncropped' } as const;

export default async function MediaDetailPage({ params }: Props) {
  const staff = await requireStaff();
  const id = parseRouteId((await params).id);
  const item = id ? await getMediaDetail(staff, id) : null;
  if (!item) notFound();

  return (
    <>
      <p className="text-sm">
        <a href="/dashboard/media" className="font-semibold text-accent hover:underline">
          ← Media library
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold break-all">{item.originalName || `Image ${item.id}`}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <img src={item.url} alt={item.alt} width={item.width} height={item.height} className="w-full rounded-lg border border-line bg-surface" />
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">Size</dt>
            <dd>
              {item.sourceWidth} × {item.sourceHeight} px
            </dd>
            <dt className="font-semibold">Stored</dt>
            <dd>{formatBytes(item.bytes)} in all sizes</dd>
            <dt className="font-semibold">Uploaded</dt>
            <dd>
              {item.uploaderName ? `by ${item.uploaderName}, ` : ''}
              <DateTime iso={item.createdAt} />
            </dd>
            <dt className="font-semibold">Used in</dt>
            <dd>
              {item.heroUses === 0 && item.inlineUses === 0
                ? 'No articles yet'
                : [
                    item.heroUses ? `lead image of ${item.heroUses} ${item.heroUses === 1 ? 'article' : 'articles'}` : '',
                    item.inlineUses ? `inside ${item.inlineUses} ${item.inlineUses === 1 ? 'article' : 'articles'}` : '',
                  ]
                    .filter(Boolean)
                    .join('; ')}
            </dd>
          </dl>
          {item.narrow && <p className="mt-3 rounded-md border border-accent p-3 text-sm">{UPLOAD_MESSAGES.smallForHero}</p>}
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer font-semibold">Sizes generated ({item.variants.length})</summary>
            <ul className="mt-2 flex flex-col gap-1">
              {item.variants.map((v) => (
                <li key={v.file}>
                  <a href={mediaUrl(item.storageKey, v.file)} className="text-accent hover:underline">
                    {KIND_LABEL[v.kind]}, {v.width} × {v.height} ({v.mime.replace('image/', '').toUpperCase()})
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </div>
        <div>
          <h2 className="text-lg font-bold">Details</h2>
          {item.canEdit ? (
            <div className="mt-3">
              <MediaEditForm id={item.id} initial={{ alt: item.alt, caption: item.caption, credit: item.credit }} />
            </div>
          ) : (
            <>
              <dl className="mt-3 flex flex-col gap-2 text-sm">
                <dt className="font-semibold">Alt text</dt>
                <dd>{item.alt || 'None'}</dd>
                <dt className="font-semibold">Caption</dt>
                <dd>{item.caption || 'None'}</dd>
                <dt className="font-semibold">Credit</dt>
                <dd>{item.credit || 'None'}</dd>
              </dl>
              <p className="mt-4 text-sm text-muted">Only the person who uploaded this image, or an editor, can change its details.</p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
