'use client';

import { useState } from 'react';
import type { PickedMedia } from '@/lib/media/picked';
import { HeroImageField } from './hero-image-field';

/** Holds the field's value the way the article editor does, and shows what it would save. */
export function HeroImageFieldFixture() {
  const [value, setValue] = useState<PickedMedia | null>(null);
  return (
    <div className="mt-4 flex flex-col gap-4">
      <p id="hero-fixture-hint" className="text-sm text-muted">
        Shown at the top of the story and in previews when it is shared.
      </p>
      <HeroImageField value={value} onChange={setValue} describedBy="hero-fixture-hint" />
      <output aria-label="Chosen image" className="font-mono text-xs break-all">
        {value ? JSON.stringify(value) : 'none'}
      </output>
    </div>
  );
}
