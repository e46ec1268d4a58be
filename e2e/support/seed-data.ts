// Seed stories as plain data (no database access), for tests that need known slugs.
import { articlesA } from '../../db/seed-content/articles-a';
import { articlesB } from '../../db/seed-content/articles-b';
import { articlesC } from '../../db/seed-content/articles-c';

export const seedStories = [...articlesA, ...articlesB, ...articlesC];
export const unpublishedStories = seedStories.filter((s) => s.status);
