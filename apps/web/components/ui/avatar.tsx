'use client';

import Image from 'next/image';
import { useState } from 'react';
import { cn } from '@/lib/cn';
import { initials } from '@/lib/format';

const sizes = {
  sm: { box: 'size-9 text-xs', px: 36 },
  md: { box: 'size-12 text-sm', px: 48 },
  lg: { box: 'size-16 text-lg', px: 64 },
  xl: { box: 'size-24 text-2xl sm:size-28', px: 112 },
} as const;

/**
 * A person's photo, or their initials on a brand-tinted disc when there is none or it does not
 * load (a broken image would show its alt text spilling out of the circle).
 */
export function Avatar({
  name,
  src,
  size = 'md',
  className,
}: {
  name: string;
  src?: string | null;
  size?: keyof typeof sizes;
  className?: string;
}) {
  const { box, px } = sizes[size];
  // The address that failed to load; another address (a mentor typing a new one) is tried again.
  const [failed, setFailed] = useState<string | null>(null);
  const base = cn(
    'relative inline-flex shrink-0 overflow-hidden rounded-pill ring-2 ring-ink-0',
    box,
    className,
  );
  if (src && src !== failed) {
    return (
      <span className={base}>
        <Image
          src={src}
          alt={name}
          width={px}
          height={px}
          className="size-full object-cover"
          onError={() => setFailed(src)}
        />
      </span>
    );
  }
  return (
    <span
      role="img"
      aria-label={name}
      className={cn(base, 'items-center justify-center bg-brand-100 font-semibold text-brand-800')}
    >
      <span aria-hidden="true">{initials(name)}</span>
    </span>
  );
}
