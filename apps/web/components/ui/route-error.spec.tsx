import { renderToStaticMarkup } from 'react-dom/server';
import { RouteError } from './route-error';

describe('RouteError', () => {
  it('says what failed, shows the reference the server logs carry, and offers retry and a way back', () => {
    const error = Object.assign(new Error('boom'), { digest: 'abc123' });
    const html = renderToStaticMarkup(
      <RouteError
        error={error}
        retry={() => {}}
        title="We couldn’t show your settings"
        back={{ href: '/dashboard', label: 'Go to your dashboard' }}
      />,
    );
    expect(html).toContain('We couldn’t show your settings');
    expect(html).toContain('abc123');
    expect(html).toContain('Try again');
    expect(html).toContain('href="/dashboard"');
    expect(html).not.toContain('boom'); // the message stays in the console, not on the page
  });

  it('shows no reference when the error has no digest', () => {
    const html = renderToStaticMarkup(
      <RouteError error="oops" retry={() => {}} title="Failed" back={{ href: '/', label: 'Home' }} />,
    );
    expect(html).not.toContain('Reference');
  });
});
