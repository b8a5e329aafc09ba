import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** Development tools: never indexed, never followed. */
export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

export default function DevLayout({ children }: { children: ReactNode }) {
  return children;
}
