import type { TMentorProfile } from '@ladder/domain';
import { decimalPrice, mentorJsonLd, serializeJsonLd } from './json-ld';

const mentor: TMentorProfile = {
  id: '7b0c2f3e-5a4b-4c1d-9e8f-1a2b3c4d5e6f',
  slug: 'ada',
  userId: '1b0c2f3e-5a4b-4c1d-9e8f-1a2b3c4d5e6f',
  name: 'Ada </script><script>alert(1)</script>',
  headline: 'Staff engineer',
  bio: 'Bio',
  expertise: ['go'],
  languages: ['English'],
  timezone: 'Europe/Berlin',
  status: 'approved',
  rating: { average: 4.8, count: 12 },
  offerings: [
    {
      id: 'o1',
      title: 'Career session',
      description: null,
      durationMinutes: 60,
      priceAmount: 12_500,
      currency: 'USD',
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      active: true,
    },
    {
      id: 'o2',
      title: 'Retired',
      description: null,
      durationMinutes: 30,
      priceAmount: 5_000,
      currency: 'USD',
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      active: false,
    },
  ],
};

describe('serializeJsonLd', () => {
  it('cannot be broken out of a script element and still parses to the same data', () => {
    const json = serializeJsonLd({ name: mentor.name });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: mentor.name });
  });
});

describe('decimalPrice', () => {
  it('converts minor units by the currency exponent', () => {
    expect(decimalPrice(12_500, 'USD')).toBe('125.00');
    expect(decimalPrice(5, 'EUR')).toBe('0.05');
    expect(decimalPrice(1_500, 'JPY')).toBe('1500');
  });
});

describe('mentorJsonLd', () => {
  it('describes the mentor as a Person with one Offer per active offering', () => {
    const ld = mentorJsonLd(mentor, 'https://ladder.test/mentors/ada');
    expect(ld['@type']).toBe('Person');
    expect(ld.makesOffer).toEqual([
      expect.objectContaining({
        '@type': 'Offer',
        name: 'Career session',
        price: '125.00',
        priceCurrency: 'USD',
        url: 'https://ladder.test/mentors/ada?offering=o1#book',
      }),
    ]);
  });
});
