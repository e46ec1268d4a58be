'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadImageFile } from '@/features/media/upload-client';
import type { UploadedMedia } from '@/features/media/upload';

export type UploadJob = {
  key: number;
  name: string;
  status: 'waiting' | 'uploading' | 'processing' | 'done' | 'failed';
  progress: number;
  error?: string;
  media?: UploadedMedia;
};

/**
 * Uploads files one after another (the server re-encodes each into eight renditions; sending
 * twenty at once would only make them all slower) and keeps a row of state per file.
 */
export function useUploadQueue(onUploaded: (media: UploadedMedia) => void) {
  const [jobs, setJobs] = useState<UploadJob[]>([]);
  const queue = useRef<{ key: number; file: File }[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  }, [onUploaded]);

  const update = (key: number, patch: Partial<UploadJob>) => setJobs((all) => all.map((j) => (j.key === key ? { ...j, ...patch } : j)));

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let item = queue.current.shift(); item; item = queue.current.shift()) {
        const { key, file } = item;
        update(key, { status: 'uploading' });
        const outcome = await uploadImageFile(file, {
          // Once every byte is sent the server is still re-encoding; say so instead of sitting at 100 %.
          onProgress: (fraction) => update(key, fraction >= 1 ? { progress: 1, status: 'processing' } : { progress: fraction }),
        });
        if (outcome.ok) {
          update(key, { status: 'done', progress: 1, media: outcome.media });
          uploaded.current(outcome.media);
        } else {
          update(key, { status: 'failed', error: outcome.error });
        }
      }
    } finally {
      running.current = false;
    }
  }, []);

  const add = useCallback(
    (files: File[]) => {
      const added = files.map((file) => ({ key: nextKey.current++, file }));
      queue.current.push(...added);
      setJobs((all) => [...all, ...added.map(({ key, file }) => ({ key, name: file.name, status: 'waiting' as const, progress: 0 }))]);
      void drain();
    },
    [drain],
  );

  const clearFinished = useCallback(() => setJobs((all) => all.filter((j) => j.status !== 'done' && j.status !== 'failed')), []);

  return { jobs, add, clearFinished, busy: jobs.some((j) => j.status === 'waiting' || j.status === 'uploading' || j.status === 'processing') };
}
