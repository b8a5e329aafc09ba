import { renderToStaticMarkup } from 'react-dom/server';
import { stubFetch } from '@/lib/testing/stub-fetch';
import NewsletterConfirmPage, { metadata as confirmMetadata } from './confirm/page';
import NewsletterUnsubscribePage, { metadata as unsubscribeMetadata } from './unsubscribe/page';

type TSearchParams = Record<string, string | string[] | undefined>;

async function renderPage(
  page: (props: { searchParams: Promise<TSearchParams> }) => Promise<React.JSX.Element>,
  searchParams: TSearchParams,
): Promise<string> {
  return renderToStaticMarkup(await page({ searchParams: Promise.resolve(searchParams) }));
}

const TOKEN = 'tok_0123456789abcdefghijklmnop';

describe('newsletter email-link pages', () => {
  // Any call to the API during a render would show up here: link scanners fetch these pages.
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });

  describe('/newsletter/unsubscribe', () => {
    it('renders one Unsubscribe button carrying the token, without calling the API', async () => {
      const html = await renderPage(NewsletterUnsubscribePage, { token: TOKEN });

      expect(fetchMock).not.toHaveBeenCalled();
      expect(html).toContain('<form');
      expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Unsubscribe<\/button>/);
      expect(html).toContain(`<input type="hidden" name="token" value="${TOKEN}"/>`);
      expect(html).not.toContain('You’re unsubscribed');
    });

    it('explains an incomplete link and offers no button when the token is missing', async () => {
      const html = await renderPage(NewsletterUnsubscribePage, { token: ' ' });

      expect(fetchMock).not.toHaveBeenCalled();
      expect(html).toContain('This link is incomplete');
      expect(html).not.toContain('<button');
    });

    it('is kept out of search engines', () => {
      expect(unsubscribeMetadata.robots).toEqual({ index: false, follow: false });
      expect(unsubscribeMetadata.title).toBe('Unsubscribe');
    });
  });

  describe('/newsletter/confirm', () => {
    it('does not confirm during the server render (only once the page runs in a browser)', async () => {
      const html = await renderPage(NewsletterConfirmPage, { token: TOKEN });

      expect(fetchMock).not.toHaveBeenCalled();
      expect(html).toContain('Confirming your subscription');
    });

    it('offers the subscribe form again when the token is missing', async () => {
      const html = await renderPage(NewsletterConfirmPage, {});

      expect(fetchMock).not.toHaveBeenCalled();
      expect(html).toContain('This link is incomplete');
      expect(html).toContain('name="email"');
    });

    it('is kept out of search engines', () => {
      expect(confirmMetadata.robots).toEqual({ index: false, follow: false });
      expect(confirmMetadata.title).toBe('Confirm your subscription');
    });
  });
});
