import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { tags, type UserRole } from '@/db/schema';
import { sectionBySlug } from '@/testing/fixtures';
import { cleanupMediaFixtures, testStaff, type TestStaff } from '@/testing/media-fixtures';

// A signed-in person on a dashboard page their role does not allow gets the "not allowed" notice
// with HTTP 403, over plain HTTP against the production server (no JavaScript).
const baseUrl = process.env.TEST_BASE_URL!;

let people: Record<UserRole, TestStaff>;
let pages: { path: string; heading: string; allowed: UserRole[] }[];

beforeAll(async () => {
  people = { contributor: await testStaff('contributor'), author: await testStaff('author'), editor: await testStaff('editor'), admin: await testStaff('admin') };
  const section = await sectionBySlug('city');
  const [tag] = await db().select({ id: tags.id }).from(tags).limit(1);
  const staffArea = { heading: 'Staff accounts are for administrators', allowed: ['admin'] as UserRole[] };
  const taxonomyArea = { heading: 'Sections and tags are managed by editors', allowed: ['editor', 'admin'] as UserRole[] };
  pages = [
    { path: '/dashboard/staff', ...staffArea },
    { path: '/dashboard/staff/new', ...staffArea },
    { path: `/dashboard/staff/${people.editor.id}`, ...staffArea },
    { path: '/dashboard/audit', heading: 'The audit log is for administrators', allowed: ['admin'] },
    { path: '/dashboard/sections', ...taxonomyArea },
    { path: `/dashboard/sections/${section.id}`, ...taxonomyArea },
    { path: `/dashboard/sections/tags/${tag!.id}`, ...taxonomyArea },
  ];
});

afterAll(async () => {
  await cleanupMediaFixtures();
  await closeConnection();
});

async function open(path: string, who: TestStaff) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: who.cookie }, redirect: 'manual' });
  return { status: res.status, html: await res.text() };
}

describe('role-restricted dashboard pages', () => {
  for (const role of ['contributor', 'author', 'editor'] as const) {
    it(`answer 403 with the not-allowed notice to a signed-in ${role} where the role may not go`, async () => {
      const refused = pages.filter((p) => !p.allowed.includes(role));
      expect(refused.length).toBeGreaterThan(0);
      for (const page of refused) {
        const res = await open(page.path, people[role]);
        expect(res.status, `${role} ${page.path}`).toBe(403);
        expect(res.html, page.path).toContain('403 · Not allowed');
        expect(res.html, page.path).toContain(page.heading);
        expect(res.html, page.path).toContain('Back to the overview');
        // Inside the newsroom's own frame, server-rendered: not Next's blank error shell.
        expect(res.html, page.path).toMatch(/<nav[^>]*aria-label="Newsroom"/);
        expect(res.html, page.path).not.toContain('__next_error__');
        expect(res.html, page.path).not.toContain('<table');
      }
    });
  }

  it('open normally (200, no notice) for the roles that may use them', async () => {
    for (const page of pages) {
      for (const role of page.allowed) {
        const res = await open(page.path, people[role]);
        expect(res.status, `${role} ${page.path}`).toBe(200);
        expect(res.html, `${role} ${page.path}`).not.toContain('403 · Not allowed');
      }
    }
  });

  it('an unknown id is still refused with 403, before anything is looked up', async () => {
    for (const path of ['/dashboard/staff/999999999', '/dashboard/sections/999999999', '/dashboard/sections/tags/999999999']) {
      expect((await open(path, people.contributor)).status, path).toBe(403);
    }
    expect((await open('/dashboard/staff/999999999', people.admin)).status).toBe(404);
  });
});
