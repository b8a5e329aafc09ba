import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

/** The newsletter's email-link pages: one narrow column, centred, like the account pages. */
export default function NewsletterLayout({ children }: { children: ReactNode }) {
  return <Container className="py-12 sm:py-16">{children}</Container>;
}
