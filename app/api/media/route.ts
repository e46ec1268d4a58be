import { can } from '@/features/auth/permissions';
import { getStaff } from '@/features/auth/session';
import { env } from '@/lib/env';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { browseMedia } from '@/features/media/library';
import { MAX_UPLOAD_REQUEST_BYTES, UPLOAD_MESSAGES } from '@/lib/media/limits';
import { UploadRefusal, uploadImage } from '@/features/media/upload';

export const dynamic = 'force-dynamic';

function json(status: number, body: unknown, extra: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store', ...extra } });
}

const SIGNED_OUT = 'Your session has ended. Sign in again, then upload the image again.';

/** The library for the media picker: ?q= searches alt text, caption, credit and file name; ?page= pages. */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff) return json(401, { error: SIGNED_OUT });
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of ['q', 'page', 'pageSize']) {
    const value = params.get(key);
    if (value !== null) query[key] = value;
  }
  return json(200, await browseMedia(staff, query));
}

/**
 * Upload: multipart/form-data with the image in "file" and optional "alt", "caption", "credit".
 * Cheap refusals come first (foreign origin, no session, wrong role, declared size), then the body
 * is read with a byte counter, so an oversized upload is cut off without being held in memory.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers, env().siteUrl)) {
    return json(403, { error: 'This upload did not come from the newsroom’s own pages. Reload the page and try again.' });
  }
  const staff = await getStaff();
  if (!staff) return json(401, { error: SIGNED_OUT });
  if (!can(staff, 'media.upload')) return json(403, { error: 'You do not have permission to upload images.' });

  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return json(415, { error: 'Send the image as multipart/form-data in a field named “file”.' });
  }
  const tooLarge = { error: UPLOAD_MESSAGES.tooLarge, field: 'file' };
  // Refused before a byte of the body is read; Node discards the rest as it arrives, so the
  // client finishes sending and reads the answer instead of seeing the connection reset.
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_REQUEST_BYTES) return json(413, tooLarge);
  const body = await readLimitedBody(request.body, MAX_UPLOAD_REQUEST_BYTES);
  // A body without a length that ran past the limit: stop here and drop the connection rather
  // than keep receiving an upload of unknown size.
  if (!body.ok) return json(413, tooLarge, { connection: 'close' });

  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return json(400, { error: 'The upload arrived incomplete. Try again.' });
  }
  const file = form.get('file');
  if (!(file instanceof File)) return json(400, { error: UPLOAD_MESSAGES.noFile, field: 'file' });
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (key !== 'file') fields[key] = value;

  try {
    const uploaded = await uploadImage(staff, { bytes: Buffer.from(await file.arrayBuffer()), name: file.name }, fields);
    return json(201, uploaded);
  } catch (error) {
    if (error instanceof UploadRefusal) return json(error.status, { error: error.message, ...(error.field ? { field: error.field } : {}) });
    console.error('[media] upload failed', error);
    return json(500, { error: 'Something went wrong on our side and the image was not saved. Please try again.' });
  }
}
