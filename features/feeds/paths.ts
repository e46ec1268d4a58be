/** Where the RSS 2.0 and Atom feeds live; pages link them with <link rel="alternate">. */
export type FeedLinks = { title: string; rss: string; atom: string };

export function siteFeed(siteName: string): FeedLinks {
  return { title: siteName, rss: '/feeds/rss.xml', atom: '/feeds/atom.xml' };
}

export function sectionFeed(slug: string, name: string, siteName: string): FeedLinks {
  return { title: `${name} | ${siteName}`, rss: `/feeds/section/${slug}/rss.xml`, atom: `/feeds/section/${slug}/atom.xml` };
}

export function authorFeed(slug: string, name: string, siteName: string): FeedLinks {
  return { title: `Stories by ${name} | ${siteName}`, rss: `/feeds/author/${slug}/rss.xml`, atom: `/feeds/author/${slug}/atom.xml` };
}
