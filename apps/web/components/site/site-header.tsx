import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { Logo } from './logo';
import { MobileMenu } from './mobile-menu';
import { SIGN_IN } from './nav-items';
import { NavLinks } from './nav-links';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-ink-200/80 bg-ink-0/85 backdrop-blur supports-[backdrop-filter]:bg-ink-0/75">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Logo />
        <nav aria-label="Main" className="hidden md:block">
          <NavLinks />
        </nav>
        <div className="flex items-center gap-2">
          <Button asChild variant="secondary" size="sm" className="hidden md:inline-flex">
            <Link href={SIGN_IN.href}>{SIGN_IN.label}</Link>
          </Button>
          <MobileMenu />
        </div>
      </Container>
    </header>
  );
}
