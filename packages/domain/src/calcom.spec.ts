import { CALCOM_LINK_MESSAGE, calcomUsername, normaliseCalcomLink, ZCalcomLink } from './calcom';

describe('Cal.com links', () => {
  it.each([
    ['priya', 'https://cal.com/priya'],
    ['priya/intro', 'https://cal.com/priya/intro'],
    ['/priya/intro/', 'https://cal.com/priya/intro'],
    ['cal.com/priya/intro', 'https://cal.com/priya/intro'],
    ['https://cal.com/priya/intro?month=2027-01', 'https://cal.com/priya/intro'],
    ['https://app.cal.com/priya', 'https://app.cal.com/priya'],
    ['https://Acme.cal.com/priya.k/30min', 'https://acme.cal.com/priya.k/30min'],
  ])('accepts %s as %s', (raw, canonical) => {
    expect(normaliseCalcomLink(raw)).toBe(canonical);
    expect(ZCalcomLink.parse(raw)).toBe(canonical);
  });

  it.each([
    '',
    'https://cal.com/',
    'http://cal.com/priya',
    'https://calendly.com/priya',
    'https://cal.com.evil.example/priya',
    'https://notcal.com/priya',
    'javascript:alert(1)',
    'priya intro',
    'https://user@cal.com/priya',
  ])('rejects %s', (raw) => {
    expect(normaliseCalcomLink(raw)).toBeNull();
    const parsed = ZCalcomLink.safeParse(raw);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe(CALCOM_LINK_MESSAGE);
  });

  it('names the username a link books', () => {
    expect(calcomUsername('https://cal.com/Priya/intro')).toBe('priya');
    expect(calcomUsername('priya/intro')).toBe('priya');
    expect(calcomUsername('https://acme.cal.com/sam')).toBe('sam');
    expect(calcomUsername('https://cal.com/')).toBeNull();
    expect(calcomUsername(null)).toBeNull();
  });
});
