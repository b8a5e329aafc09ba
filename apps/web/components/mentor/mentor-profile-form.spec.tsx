import { renderToStaticMarkup } from 'react-dom/server';
import { MentorProfileForm } from './mentor-profile-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), replace: jest.fn() }) }));
// The form imports server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ actionWithSession: jest.fn(), callWithSession: jest.fn() }));

describe('MentorProfileForm', () => {
  it('states the headline’s length rule up front, with a live count, before anyone submits', () => {
    const html = renderToStaticMarkup(<MentorProfileForm mode="create" name="Rex Reject" />);
    const hint = html.match(/<p[^>]*id="mentor-headline-hint"[^>]*>([^<]*)<\/p>/)?.[1] ?? '';
    expect(hint).toContain('10 to 140 characters');
    expect(hint).toContain('At least 10 characters (0 so far).');
    expect(html).toContain('aria-describedby="mentor-headline-hint"');
  });

  it('asks for the photo at an https:// address', () => {
    const html = renderToStaticMarkup(<MentorProfileForm mode="create" name="Rex Reject" />);
    expect(html.match(/<p[^>]*id="mentor-photo-hint"[^>]*>([^<]*)<\/p>/)?.[1]).toContain('https://');
    // No photo yet: the preview is the initials disc.
    expect(html).toContain('aria-label="Rex Reject"');
    expect(html).toContain('>RR</span>');
  });
});
