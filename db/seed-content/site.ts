import type { SeedAuthorSlug, SeedSectionSlug } from './types';

export const SEED_SECTIONS: { slug: SeedSectionSlug; name: string; description: string; hue: number }[] = [
  { slug: 'city', name: 'City', description: 'Council decisions, housing, transport and life across Northgate’s neighbourhoods.', hue: 205 },
  { slug: 'business', name: 'Business', description: 'The harbour, the high street and the companies shaping Northgate’s economy.', hue: 150 },
  { slug: 'science', name: 'Science', description: 'Research from Northgate University, the river and the coast, explained.', hue: 265 },
  { slug: 'culture', name: 'Culture', description: 'Theatre, music, museums and the people who keep Northgate’s arts alive.', hue: 330 },
  { slug: 'sport', name: 'Sport', description: 'Northgate Athletic, the Harlequins, the regatta and grassroots sport.', hue: 25 },
  { slug: 'opinion', name: 'Opinion', description: 'Columns and arguments about the city’s choices, from our writers and readers.', hue: 45 },
];

export const SEED_AUTHORS: { slug: SeedAuthorSlug; name: string; bio: string }[] = [
  {
    slug: 'amara-okafor',
    name: 'Amara Okafor',
    bio: 'City hall correspondent. Amara has covered Northgate council budgets, planning rows and elections for nine years.',
  },
  {
    slug: 'daniel-reyes',
    name: 'Daniel Reyes',
    bio: 'Business and sport reporter who follows the money from the harbour to Wendside Park.',
  },
  {
    slug: 'helena-lindqvist',
    name: 'Helena Lindqvist',
    bio: 'Science and environment editor. Before journalism Helena studied estuary ecology at Northgate University.',
  },
  {
    slug: 'tomasz-nowak',
    name: 'Tomasz Nowak',
    bio: 'Features writer with a soft spot for the mill district, its history and the people rebuilding it.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    bio: 'Health and communities reporter, and the Chronicle’s opinion editor.',
  },
];
