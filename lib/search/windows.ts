/**
 * Ranking reads each candidate's whole stored tsvector (about 4 KB), so it runs over a bounded
 * set: the newest RECENT_WINDOW matches plus the newest TITLE_WINDOW headline matches. With few
 * matches that is all of them; at 100 000 stories and a word in 40 % of them it keeps a results
 * page at tens of milliseconds instead of most of a second. Beyond the window readers are told
 * there are more and asked to narrow the search.
 */
export const RECENT_WINDOW = 500;
export const TITLE_WINDOW = 100;
