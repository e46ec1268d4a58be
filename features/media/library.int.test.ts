import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateMediaDetailsAction } from '@/features/media/actions';
import { closeConnection } from '@/db/client';
import { saveMedia } from '@/db/mutations/media';
import { getMediaItem } from '@/db/queries/media';
import type { StaffUser } from '@/features/auth/permissions';
import { getStaff } from '@/features/auth/session';
import { cleanupMediaFixtures, rememberMedia, testStaff } from '@/testing/media-fixtures';
import { browseMedia } from './library';
import { processImage } from '@/lib/media/variants';

vi.mock('@/features/auth/session', () => ({ getStaff: vi.fn() }));
const signedIn = vi.mocked(getStaff);

const as = (s: { id: number; name: string; email: string; role: StaffUser['role'] }): StaffUser => ({ ...s, slug: `s-${s.id}` });

let contributor: StaffUser;
let otherContributor: StaffUser;
let editor: StaffUser;
let ownId: number;
let word: string;

beforeAll(async () => {
  contributor = as(await testStaff('contributor'));
  otherContributor = as(await testStaff('contributor'));
  editor = as(await testStaff('editor'));
  word = `puffin${Date.now().toString(36)}`;
  const image = await processImage(await sharp({ create: { width: 1300, height: 800, channels: 3, background: '#345' } }).png().toBuffer());
  ownId = await saveMedia(image, { storageKey: crypto.randomUUID(), originalName: `${word}.png`, alt: '', caption: '', credit: '', uploadedBy: contributor.id });
  rememberMedia(ownId);
});

beforeEach(() => signedIn.mockReset());

afterAll(async () => {
  await cleanupMediaFixtures();
  await closeConnection();
});

describe('updateMediaDetailsAction', () => {
  it('lets the uploader describe their own image', async () => {
    signedIn.mockResolvedValue(contributor);
    const result = await updateMediaDetailsAction({ id: ownId, alt: '  Puffins on the\nsea stack ', caption: 'Spring count', credit: 'C. Contributor' });
    expect(result).toMatchObject({ ok: true, message: 'Details saved.' });
    expect(await getMediaItem(ownId)).toMatchObject({ alt: 'Puffins on the sea stack', caption: 'Spring count', credit: 'C. Contributor' });
  });

  it('refuses another contributor, and lets an editor change anyone’s', async () => {
    signedIn.mockResolvedValue(otherContributor);
    const refused = await updateMediaDetailsAction({ id: ownId, alt: 'Vandalised', caption: '', credit: '' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await getMediaItem(ownId))!.alt).not.toBe('Vandalised');

    signedIn.mockResolvedValue(editor);
    const edited = await updateMediaDetailsAction({ id: ownId, alt: 'Puffins, checked by the desk', caption: '', credit: '' });
    expect(edited.ok).toBe(true);
    expect((await getMediaItem(ownId))!.alt).toBe('Puffins, checked by the desk');
  });

  it('answers bad input with field errors and saves nothing', async () => {
    signedIn.mockResolvedValue(editor);
    const before = (await getMediaItem(ownId))!;
    const result = await updateMediaDetailsAction({ id: ownId, alt: 'x'.repeat(301), caption: 'New caption', credit: '' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { alt: 'Alt text can be at most 300 characters.' } });
    expect((await getMediaItem(ownId))!.caption).toBe(before.caption);

    expect(await updateMediaDetailsAction({ id: ownId, alt: '', caption: '', credit: '', uploadedBy: editor.id })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await updateMediaDetailsAction({ id: 2_000_000_000, alt: '', caption: '', credit: '' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses a signed-out request', async () => {
    signedIn.mockResolvedValue(null);
    expect(await updateMediaDetailsAction({ id: ownId, alt: 'Anonymous', caption: '', credit: '' })).toMatchObject({ ok: false, code: 'unauthenticated' });
  });
});

describe('browseMedia', () => {
  it('finds an item by file name, says who may edit it, and survives nonsense paging', async () => {
    const mine = await browseMedia(contributor, { q: word, page: 'banana' });
    expect(mine.items.map((i) => i.id)).toEqual([ownId]);
    expect(mine.items[0]).toMatchObject({ canEdit: true, uploaderName: contributor.name, narrow: false, heroUses: 0 });
    expect((await browseMedia(otherContributor, { q: word })).items[0]!.canEdit).toBe(false);
    expect((await browseMedia(editor, { q: word })).items[0]!.canEdit).toBe(true);
    const pastTheEnd = await browseMedia(editor, { q: word, page: '9' });
    expect(pastTheEnd).toMatchObject({ items: [], total: 1, page: 9 });
  });
});
