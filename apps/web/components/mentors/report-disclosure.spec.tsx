import { renderToStaticMarkup } from 'react-dom/server';
import { ReportDisclosure } from './report-disclosure';
import { ReportProfile } from './report-profile';

// The report action's session helper needs a Next request; nothing is submitted here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn(), actionWithSession: jest.fn() }));

const ID = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';

describe('ReportDisclosure', () => {
  it('asks signed-in readers what is wrong with the article, review or profile', () => {
    const article = renderToStaticMarkup(
      <ReportDisclosure targetType="article" targetId={ID} signInHref={null} />,
    );
    expect(article).toContain('<summary');
    expect(article).toContain('Report this article');
    expect(article).toContain('What is wrong with this article?');
    expect(article).toContain('name="reason"');
    const review = renderToStaticMarkup(
      <ReportDisclosure targetType="review" targetId={ID} signInHref={null} summary="Report review" />,
    );
    expect(review).toContain('Report review');
    expect(review).toContain('What is wrong with this review?');
    expect(renderToStaticMarkup(<ReportProfile mentorId={ID} signInHref={null} />)).toContain(
      'Report this profile',
    );
  });

  it('offers signed-out visitors a way to sign in instead of the form', () => {
    const html = renderToStaticMarkup(
      <ReportDisclosure targetType="article" targetId={ID} signInHref="/sign-in?next=%2Farticles%2Fx" />,
    );
    expect(html).toContain('href="/sign-in?next=%2Farticles%2Fx"');
    expect(html).toContain('to report this article.');
    expect(html).not.toContain('name="reason"');
  });
});
