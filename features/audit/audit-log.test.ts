import { describe, expect, it } from 'vitest';
import { auditLabel, parseAuditQuery, visibleDetails } from './audit-log';

describe('audit log page helpers', () => {
  it('reads filters leniently: malformed values are ignored, never an error', () => {
    expect(parseAuditQuery({})).toEqual({ action: undefined, actorId: undefined, page: 1 });
    expect(parseAuditQuery({ action: 'staff.disable', actor: '12', page: '3' })).toEqual({ action: 'staff.disable', actorId: 12, page: 3 });
    expect(parseAuditQuery({ action: "x'; drop table", actor: '-4', page: 'abc' })).toEqual({ action: undefined, actorId: undefined, page: 1 });
    expect(parseAuditQuery({ action: ['auth.sign_in', 'tag.delete'], actor: '', page: '0' })).toEqual({ action: 'auth.sign_in', actorId: undefined, page: 1 });
  });

  it('never shows anything that looks like a credential', () => {
    expect(visibleDetails({ email: 'a@b.c', password: 'hunter2', passwordHash: '$argon2id$', token: 't', from: 'author', n: 3 })).toEqual([
      ['email', 'a@b.c'],
      ['from', 'author'],
      ['n', '3'],
    ]);
  });

  it('names actions in plain words, and shows unknown ones as they are', () => {
    expect(auditLabel('staff.role_change')).toBe('Changed a role');
    expect(auditLabel('media.upload')).toBe('media.upload');
  });
});
