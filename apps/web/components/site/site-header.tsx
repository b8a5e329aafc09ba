import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { currentUserOrNull } from '@/lib/session';
import { Logo } from './logo';
import { MobileMenu } from './mobile-menu';
import { SIGN_IN } from './nav-items';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';
import { VerifyEmailBanner } from './verify-email-banner';

export async function SiteHeader() {
  const user = await currentUserOrNull();
  // Only what the menus show crosses to the client components.
  const menuUser = user ? { name: user.name, email: user.email, roles: user.roles } : null;
  return (
    <>
      <header className="sticky top-0 z-40 border-b border-ink-200/80 bg-ink-0/85 backdrop-blur supports-[backdrop-filter]:bg-ink-0/75">
        <Container className="flex h-16 items-center justify-between gap-4">
          <Logo />
          <nav aria-label="Main" className="hidden md:block">
            <NavLinks roles={menuUser?.roles ?? null} />
          </nav>
          <div className="flex items-center gap-2">
            {menuUser ? (
              <UserMenu user={menuUser} className="hidden md:inline-flex" />
            ) : (
              <Button asChild variant="secondary" size="sm" className="hidden md:inline-flex">
                <Link href={SIGN_IN.href}>{SIGN_IN.label}</Link>
              </Button>
            )}
            {/* A new session (or none) starts with the sheet closed, e.g. right after signing out in it. */}
            <MobileMenu key={menuUser ? 'signed-in' : 'signed-out'} user={menuUser} />
          </div>
        </Container>
      </header>
      {user && !user.emailVerified ? <VerifyEmailBanner email={user.email} /> : null}
    </>
  );
}
