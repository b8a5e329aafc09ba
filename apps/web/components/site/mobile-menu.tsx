'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { useFormStatus } from 'react-dom';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { signOut } from '@/lib/actions/auth';
import { cn } from '@/lib/cn';
import { accountLinkGroups } from './account-links';
import { LogoMark } from './logo';
import { isCurrent, navItems, SIGN_IN } from './nav-items';
import type { TMenuUser } from './user-menu';

/** The navigation as a slide-in sheet on small screens; Radix handles focus trap and Escape. */
export function MobileMenu({ user }: { user: TMenuUser | null }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu">
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" />
          </svg>
        </Button>
      </DialogTrigger>
      <DialogContent side="right" closeLabel="Close menu">
        <div className="flex items-center gap-2">
          <LogoMark />
          <DialogTitle>Menu</DialogTitle>
        </div>
        <DialogDescription className="sr-only">Site navigation</DialogDescription>
        <nav aria-label="Mobile" className="mt-8 flex min-h-0 flex-1 flex-col overflow-y-auto">
          <ul className="flex flex-col gap-1">
            {navItems(user?.roles ?? null, { mentorLink: false }).map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={() => setOpen(false)}
                    aria-current={current ? 'page' : undefined}
                    className={cn(
                      'block rounded-md px-3 py-3 text-base font-medium text-ink-800 hover:bg-ink-100',
                      current && 'bg-brand-50 text-brand-800',
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
          {user
            ? accountLinkGroups(user.roles).map((group) => (
                <div key={group.label} className="mt-5 border-t border-ink-200 pt-4">
                  <h2 className="px-3 text-xs font-semibold tracking-wide text-ink-500 uppercase">
                    {group.label}
                  </h2>
                  <ul className="mt-1 flex flex-col gap-1">
                    {group.links.map((link) => {
                      const current = isCurrent(pathname, link.href);
                      return (
                        <li key={link.href}>
                          <Link
                            href={link.href}
                            onClick={() => setOpen(false)}
                            aria-current={current ? 'page' : undefined}
                            className={cn(
                              'block rounded-md px-3 py-2.5 text-base font-medium text-ink-800 hover:bg-ink-100',
                              current && 'bg-brand-50 text-brand-800',
                            )}
                          >
                            {link.label}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))
            : null}
          <div className="mt-auto border-t border-ink-200 pt-5">
            {user ? (
              <div className="flex flex-col gap-3">
                <p className="truncate text-sm text-ink-600">
                  Signed in as <span className="font-medium text-ink-900">{user.name}</span>
                </p>
                <Button asChild variant="primary" size="lg" className="w-full">
                  <Link href="/dashboard" onClick={() => setOpen(false)}>
                    Dashboard
                  </Link>
                </Button>
                <Button asChild variant="secondary" size="lg" className="w-full">
                  <Link href="/messages" onClick={() => setOpen(false)}>
                    Messages
                  </Link>
                </Button>
                <Button asChild variant="secondary" size="lg" className="w-full">
                  <Link href="/settings" onClick={() => setOpen(false)}>
                    Settings
                  </Link>
                </Button>
                <form action={signOut}>
                  <SignOutButton />
                </form>
              </div>
            ) : (
              <Button asChild variant="primary" size="lg" className="w-full">
                <Link href={SIGN_IN.href} onClick={() => setOpen(false)}>
                  {SIGN_IN.label}
                </Link>
              </Button>
            )}
          </div>
        </nav>
      </DialogContent>
    </Dialog>
  );
}

function SignOutButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" size="lg" className="w-full" disabled={pending}>
      {pending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}
