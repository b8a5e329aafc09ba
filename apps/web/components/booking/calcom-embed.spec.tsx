import { CALCOM_LINK_MESSAGE, ZUpdateMentorProfileSchema } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { profileBody, profileZodErrors } from '@/lib/mentor/profile-form';
import { CalcomDialog, CalcomFallback } from './calcom-dialog';
import { browserAttribution, calcomMetadata, calcomPageUrl } from './calcom-embed';

/** A localStorage stand-in holding `stored` as the funnel's visitor id. */
function storage(stored: string | null): Storage {
  const map = new Map<string, string>(stored ? [['ladder_aid', stored]] : []);
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  } as unknown as Storage;
}
const at = (search: string, stored: string | null = 'visitor-1234') =>
  ({ location: { search } as Location, localStorage: storage(stored) }) as Pick<Window, 'location'> & {
    localStorage: Storage;
  };

describe('Cal.com embed attribution', () => {
  it('sends mentorSlug, articleSlug, the visitor id and utm_* as metadata, and nothing empty', () => {
    expect(
      calcomMetadata({
        mentorSlug: 'priya-k',
        articleSlug: 'path-to-staff',
        anonymousId: 'visitor-1234',
        utm: { source: 'newsletter', campaign: 'spring' },
      }),
    ).toEqual({
      mentorSlug: 'priya-k',
      articleSlug: 'path-to-staff',
      anonymousId: 'visitor-1234',
      utm_source: 'newsletter',
      utm_campaign: 'spring',
    });
    expect(calcomMetadata({ mentorSlug: 'sam', anonymousId: null, utm: { medium: '' } })).toEqual({
      mentorSlug: 'sam',
    });
  });

  it('reads the funnel visitor id and the page utm, but no id for visitors who opt out', () => {
    expect(browserAttribution(at('?utm_source=x&utm_medium=y&other=1'), {})).toEqual({
      anonymousId: 'visitor-1234',
      utm: { source: 'x', medium: 'y' },
    });
    expect(browserAttribution(at('?utm_source=x'), { globalPrivacyControl: true })).toEqual({
      anonymousId: null,
      utm: { source: 'x' },
    });
    expect(browserAttribution(at('', null), { doNotTrack: '0' }).anonymousId).toEqual(expect.any(String));
  });

  it('builds the Cal.com page link with the same prefill and metadata (the fallback)', () => {
    const url = new URL(
      calcomPageUrl(
        { calLink: 'priya/intro' },
        { name: 'Sam Lee', email: 'sam@example.com' },
        { mentorSlug: 'priya' },
      ),
    );
    expect(url.origin + url.pathname).toBe('https://cal.com/priya/intro');
    expect(url.searchParams.get('name')).toBe('Sam Lee');
    expect(url.searchParams.get('email')).toBe('sam@example.com');
    expect(url.searchParams.get('metadata[mentorSlug]')).toBe('priya');
    const selfHosted = calcomPageUrl(
      {
        calLink: 'priya',
        calOrigin: 'https://cal.example.org',
        embedJsUrl: 'https://cal.example.org/embed/embed.js',
      },
      null,
      {},
    );
    expect(selfHosted).toBe('https://cal.example.org/priya');
  });
});

describe('CalcomDialog', () => {
  it('renders only its trigger until opened', () => {
    const html = renderToStaticMarkup(
      <CalcomDialog
        target={{ calLink: 'priya/intro' }}
        mentorName="Priya"
        mentorSlug="priya"
        articleSlug="path-to-staff"
        viewer={{ name: 'Sam', email: 'sam@example.com' }}
        trigger={<button type="button">Book via Cal.com</button>}
      />,
    );
    expect(html).toContain('Book via Cal.com');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).not.toContain('cal.com/priya');
  });

  it('offers the Cal.com page prominently when the embed failed, quietly while it loads', () => {
    const failed = renderToStaticMarkup(
      <CalcomFallback state="failed" pageUrl="https://cal.com/priya?x=1&y=2" />,
    );
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('could not load');
    expect(failed).toContain('href="https://cal.com/priya?x=1&amp;y=2"');
    expect(failed).toContain('rel="noopener noreferrer"');
    const loading = renderToStaticMarkup(<CalcomFallback state="loading" pageUrl="https://cal.com/priya" />);
    expect(loading).toContain('Calendar not showing?');
    expect(loading).not.toContain('role="alert"');
  });
});

describe('mentor profile form: calcomLink', () => {
  it('explains a link that is not a Cal.com booking page, and accepts a username path', () => {
    const parsed = ZUpdateMentorProfileSchema.safeParse({ calcomLink: 'https://calendly.com/priya' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(profileZodErrors(parsed.error).fields.calcomLink).toBe(CALCOM_LINK_MESSAGE);
    const body = profileBody(
      {
        headline: 'h',
        bio: 'b',
        expertise: [],
        languages: [],
        timezone: 'UTC',
        yearsExperience: '',
        meetingUrl: '',
        calcomLink: 'priya/intro',
        photoUrl: '',
      },
      'edit',
    );
    expect(ZUpdateMentorProfileSchema.shape.calcomLink.parse(body.calcomLink)).toBe(
      'https://cal.com/priya/intro',
    );
  });
});
