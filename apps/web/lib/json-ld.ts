import { minorUnitDigits, type TArticle, type TMentorProfile } from '@ladder/domain';

/**
 * Serialises structured data for a `<script type="application/ld+json">`. `<` becomes `\u003c`
 * so a value containing "</script>" cannot close the tag; U+2028/2029 are escaped for old parsers.
 * The result is still valid JSON with the same meaning.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Integer minor units → the decimal string schema.org expects: (12500, 'USD') → "125.00". */
export function decimalPrice(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const s = String(amount).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** schema.org Person for a mentor profile, with one Offer per active offering. */
export function mentorJsonLd(mentor: TMentorProfile, pageUrl: string): Record<string, unknown> {
  const offerings = (mentor.offerings ?? []).filter((o) => o.active !== false);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${pageUrl}#person`,
    name: mentor.name,
    description: mentor.headline,
    url: pageUrl,
    ...(mentor.photoUrl ? { image: mentor.photoUrl } : {}),
    knowsAbout: mentor.expertise,
    knowsLanguage: mentor.languages,
    makesOffer: offerings.map((o) => ({
      '@type': 'Offer',
      name: o.title,
      ...(o.description ? { description: o.description } : {}),
      price: decimalPrice(o.priceAmount, o.currency),
      priceCurrency: o.currency,
      url: `${pageUrl}?offering=${encodeURIComponent(o.id)}#book`,
      availability: 'https://schema.org/InStock',
      itemOffered: {
        '@type': 'Service',
        name: o.title,
        serviceType: 'Mentoring session',
        provider: { '@id': `${pageUrl}#person` },
      },
    })),
  };
}

/** schema.org Article for an article page. */
export function articleJsonLd(
  article: TArticle,
  pageUrl: string,
  authorUrl?: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.excerpt,
    datePublished: article.publishedAt,
    url: pageUrl,
    keywords: article.tags.join(', '),
    author: { '@type': 'Person', name: article.author.name, ...(authorUrl ? { url: authorUrl } : {}) },
  };
}
