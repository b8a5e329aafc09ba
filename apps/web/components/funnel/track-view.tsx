'use client';

import type { TFunnelType } from '@ladder/domain';
import { useEffect, useRef } from 'react';
import { track } from '@/lib/funnel';

/** Records one funnel step when the page is shown (once per mount). Renders nothing. */
export function TrackView({
  type,
  articleSlug,
  mentorSlug,
}: {
  type: TFunnelType;
  articleSlug?: string;
  mentorSlug?: string;
}) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    track(type, { ...(articleSlug ? { articleSlug } : {}), ...(mentorSlug ? { mentorSlug } : {}) });
  }, [type, articleSlug, mentorSlug]);
  return null;
}
