import type { TMentorSummary } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { MentorCard } from './mentor-card';

const mentor = (priceFrom: TMentorSummary['priceFrom']): TMentorSummary => ({
  id: '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c',
  slug: 'ada-lovelace',
  name: 'Ada Lovelace',
  headline: 'Staff engineer',
  expertise: ['TypeScript'],
  languages: ['English'],
  timezone: 'Europe/London',
  photoUrl: null,
  yearsExperience: 12,
  rating: { average: null, count: 0 },
  priceFrom,
});

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('MentorCard price', () => {
  it('says a free session is available instead of "from Free"', () => {
    const html = text(renderToStaticMarkup(<MentorCard mentor={mentor({ amount: 0, currency: 'USD' })} />));
    expect(html).toContain('Free session available');
    expect(html).not.toMatch(/from\s*Free/);
  });

  it('keeps "from $X" for a paid cheapest session', () => {
    const html = text(
      renderToStaticMarkup(<MentorCard mentor={mentor({ amount: 12_500, currency: 'USD' })} />),
    );
    expect(html).toContain('from $125.00');
  });

  it('says when a mentor has no sessions yet', () => {
    expect(text(renderToStaticMarkup(<MentorCard mentor={mentor(null)} />))).toContain('No sessions yet');
  });
});
