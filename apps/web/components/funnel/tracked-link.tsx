'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';
import { track } from '@/lib/funnel';

/** A link whose click is a `cta_click` funnel step ("Book your growth session"). */
export function TrackedLink({
  articleSlug,
  mentorSlug,
  onClick,
  ...props
}: ComponentProps<typeof Link> & { articleSlug?: string; mentorSlug?: string }) {
  return (
    <Link
      {...props}
      onClick={(event) => {
        track('cta_click', {
          ...(articleSlug ? { articleSlug } : {}),
          ...(mentorSlug ? { mentorSlug } : {}),
        });
        onClick?.(event);
      }}
    />
  );
}
