import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from '@/lib/media/limits';
import type { UploadedMedia } from './upload';

type UploadOutcome = { ok: true; media: UploadedMedia } | { ok: false; error: string };

type UploadFields = { alt?: string; caption?: string; credit?: string };

/**
 * Sends one image to POST /api/media from the browser. XMLHttpRequest rather than fetch, because
 * only it reports upload progress. A file that is obviously too big is refused here without
 * sending it; everything else is decided by the server, which answers with a message to show.
 */
export function uploadImageFile(file: File, options: { fields?: UploadFields; onProgress?: (fraction: number) => void } = {}): Promise<UploadOutcome> {
  if (file.size > MAX_UPLOAD_BYTES) return Promise.resolve({ ok: false, error: UPLOAD_MESSAGES.tooLarge });
  if (file.size === 0) return Promise.resolve({ ok: false, error: UPLOAD_MESSAGES.notAnImage });
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [key, value] of Object.entries(options.fields ?? {})) if (value) form.append(key, value);

  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (UploadedMedia & { error?: undefined }) | { error?: string } | null;
      if (xhr.status === 201 && body && !body.error) resolve({ ok: true, media: body as UploadedMedia });
      else resolve({ ok: false, error: body?.error ?? `The upload failed (HTTP ${xhr.status}). Please try again.` });
    };
    xhr.onerror = () => resolve({ ok: false, error: 'The upload failed because the server could not be reached. Check your connection and try again.' });
    xhr.send(form);
  });
}
