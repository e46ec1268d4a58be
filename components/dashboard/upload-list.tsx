'use client';

import type { UploadJob } from './use-upload-queue';

const STATUS: Record<UploadJob['status'], string> = {
  waiting: 'Waiting',
  uploading: 'Uploading',
  processing: 'Preparing sizes…',
  done: 'Uploaded',
  failed: 'Not uploaded',
};

/** One row per file with its progress, and the reason when it was refused, announced politely. */
export function UploadList({ jobs, renderDone }: { jobs: UploadJob[]; renderDone?: (job: UploadJob) => React.ReactNode }) {
  if (jobs.length === 0) return null;
  return (
    <ul aria-label="Uploads" aria-live="polite" className="mt-4 flex flex-col gap-2">
      {jobs.map((job) => (
        <li key={job.key} className="rounded-md border border-line p-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-semibold break-all">{job.name}</span>
            <span className={job.status === 'failed' ? 'font-semibold text-accent' : 'text-muted'}>
              {STATUS[job.status]}
              {job.status === 'uploading' ? ` ${Math.round(job.progress * 100)} %` : ''}
            </span>
          </div>
          {(job.status === 'uploading' || job.status === 'processing') && (
            <progress
              className="mt-2 h-2 w-full accent-accent"
              aria-label={`Uploading ${job.name}`}
              max={1}
              {...(job.status === 'uploading' ? { value: job.progress } : {})}
            />
          )}
          {job.error && <p className="mt-1 font-medium text-accent">{job.error}</p>}
          {job.media?.warnings.map((w) => (
            <p key={w} className="mt-1 text-muted">
              {w}
            </p>
          ))}
          {job.status === 'done' && renderDone?.(job)}
        </li>
      ))}
    </ul>
  );
}
