import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { FlashBanner } from '@/components/site/flash-banner';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import './globals.css';

const siteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: 'Ladder — mentoring for software engineers', template: '%s · Ladder' },
  description:
    'Book one-to-one growth sessions with senior, staff and principal engineers. Pick a slot in your time zone, meet, and leave with notes and a 90-day plan.',
  applicationName: 'Ladder',
  openGraph: { type: 'website', siteName: 'Ladder', locale: 'en_US' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: '#0f766e',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <FlashBanner />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
