import Link from 'next/link';
import { cn } from '@/lib/cn';

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn('size-8', className)}>
      <rect width="32" height="32" rx="9" className="fill-brand-600" />
      <path
        d="M11 7v18M21 7v18M11 11.5h10M11 16h10M11 20.5h10"
        className="stroke-white"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <circle cx="21" cy="7" r="2.6" className="fill-accent-400" />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn('inline-flex items-center gap-2 rounded-md text-ink-950', className)}
      aria-label="Ladder home"
    >
      <LogoMark />
      <span className="text-xl font-bold tracking-tight">Ladder</span>
    </Link>
  );
}
