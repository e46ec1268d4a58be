import type { ArticleDraft } from './editor-types';

type ReadinessLevel = 'publish' | 'review';

export const NOTHING_TO_SAVE = 'Write a title, a standfirst or some of the story first: there is nothing to save yet.';

/**
 * Whether a draft holds anything worth keeping: a headline, a standfirst or any of the story (an
 * image counts). Everything else may still be missing while it is a draft.
 */
export function hasContent(draft: Pick<ArticleDraft, 'title' | 'standfirst' | 'body'>, bodyText: (html: string) => string): boolean {
  return Boolean(draft.title.trim() || draft.standfirst.trim() || bodyText(draft.body).trim() || /<img\b/i.test(draft.body));
}

/**
 * What stops an article going live (or to an editor for review), by field. Readers must never get
 * a story without a standfirst or body, or an image that screen-reader users cannot know about.
 * `bodyText` turns the body's HTML into plain text (server: lib/rich-text bodyText).
 */
export function readinessProblems(
  draft: Pick<ArticleDraft, 'title' | 'standfirst' | 'body' | 'sectionId' | 'heroMediaId' | 'heroAlt'>,
  bodyText: (html: string) => string,
  level: ReadinessLevel = 'publish',
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.title.trim()) problems.title = 'Give the article a title.';
  if (!draft.standfirst.trim()) problems.standfirst = 'Write a standfirst: one or two sentences that sum up the story.';
  if (draft.sectionId === null) problems.sectionId = 'Choose a section.';
  // An image alone is not a story; text is what readers and search engines get.
  if (!bodyText(draft.body).trim()) problems.body = 'Write the story: the body is empty.';
  if (level === 'publish') {
    if (draft.heroMediaId === null) problems.heroMediaId = 'Choose a hero image: every published story needs one.';
    else if (!draft.heroAlt.trim()) problems.heroAlt = 'Describe the hero image for people who cannot see it (alt text).';
  }
  return problems;
}
