import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

/** Sign-in, sign-up and the email-link pages: one narrow column, centred. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <Container className="py-12 sm:py-16">{children}</Container>;
}
