// No imports on purpose: the end-to-end tests read these to move a fake clock past them.

/** Drafts save themselves this long after typing stops. */
export const AUTOSAVE_DELAY_MS = 3000;

/** After the server could not be reached (or its database was down), autosave tries again after this. */
export const RETRY_DELAY_MS = 15_000;

/** Unsaved edits are copied to this browser this long after typing stops. */
export const BACKUP_DELAY_MS = 800;
