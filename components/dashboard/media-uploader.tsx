'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { MediaDropZone } from './media-drop-zone';
import { secondaryButtonClass } from './field';
import { UploadList } from './upload-list';
import { useUploadQueue } from './use-upload-queue';

/** The library's upload area: each finished upload appears in the grid below and can be described at once. */
export function MediaUploader() {
  const router = useRouter();
  const onUploaded = useCallback(() => router.refresh(), [router]);
  const { jobs, add, clearFinished, busy } = useUploadQueue(onUploaded);
  return (
    <section aria-labelledby="upload-heading" className="mt-6">
      <h2 id="upload-heading" className="sr-only">
        Upload
      </h2>
      <MediaDropZone onFiles={add} />
      <UploadList
        jobs={jobs}
        renderDone={(job) => (
          <a href={`/dashboard/media/${job.media!.id}`} className="mt-1 inline-block font-semibold text-accent hover:underline">
            Add alt text and caption<span className="sr-only"> for {job.name}</span>
          </a>
        )}
      />
      {jobs.length > 0 && !busy && (
        <button type="button" onClick={clearFinished} className={`${secondaryButtonClass} mt-3`}>
          Clear finished uploads
        </button>
      )}
    </section>
  );
}
