import { optedOut, track, utmOf, VISITOR_KEY, visitorId } from './funnel';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      data.set(k, v);
    },
    data,
  };
}

describe('visitorId', () => {
  it('makes an id once and keeps it', () => {
    const storage = memoryStorage();
    let n = 0;
    const make = () => `visitor-${++n}-abcdef`;
    const first = visitorId(storage, make);
    expect(first).toBe('visitor-1-abcdef');
    expect(visitorId(storage, make)).toBe(first);
    expect(storage.data.get(VISITOR_KEY)).toBe(first);
  });

  it('replaces a stored value that is not a plausible id, and works without storage', () => {
    expect(visitorId(memoryStorage({ [VISITOR_KEY]: 'x' }), () => 'fresh-id-123')).toBe('fresh-id-123');
    expect(visitorId(null, () => 'no-storage-id')).toBe('no-storage-id');
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
    };
    expect(visitorId(throwing, () => 'fallback-id')).toBe('fallback-id');
  });
});

describe('utmOf', () => {
  it('reads the utm_* parameters only, trimmed, and nothing when there are none', () => {
    expect(utmOf('?utm_source=newsletter&utm_campaign=%20nov%20&ref=x')).toEqual({
      source: 'newsletter',
      campaign: 'nov',
    });
    expect(utmOf('?ref=x')).toBeUndefined();
    expect(utmOf('')).toBeUndefined();
  });
});

describe('optedOut', () => {
  it('honours Global Privacy Control and Do Not Track', () => {
    expect(optedOut({ globalPrivacyControl: true })).toBe(true);
    expect(optedOut({ doNotTrack: '1' })).toBe(true);
    expect(optedOut({ doNotTrack: '0', globalPrivacyControl: false })).toBe(false);
    expect(optedOut(undefined)).toBe(false);
  });
});

describe('track', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('posts the step to the same-origin API with the visitor id, path and utm, and never throws', async () => {
    const fetchMock = jest.fn().mockRejectedValue(new Error('offline'));
    global.fetch = fetchMock as unknown as typeof fetch;
    const storage = memoryStorage({ [VISITOR_KEY]: 'visitor-known-1' });
    // A minimal browser for the module.
    Object.assign(globalThis, {
      window: { localStorage: storage, location: { pathname: '/articles/a', search: '?utm_medium=social' } },
    });
    expect(() => track('cta_click', { articleSlug: 'a', mentorSlug: 'ada' })).not.toThrow();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/funnel/events');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    expect(JSON.parse(init.body)).toEqual({
      type: 'cta_click',
      anonymousId: 'visitor-known-1',
      path: '/articles/a',
      articleSlug: 'a',
      mentorSlug: 'ada',
      utm: { medium: 'social' },
    });
  });

  it('sends nothing on the server or for a visitor who opted out', async () => {
    const fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
    track('article_view');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
