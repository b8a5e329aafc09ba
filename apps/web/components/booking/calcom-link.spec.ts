import { parseCalLink } from './calcom-link';

describe('parseCalLink', () => {
  it('accepts plain Cal.com paths and cloud URLs', () => {
    expect(parseCalLink('priya/intro')).toEqual({ calLink: 'priya/intro' });
    expect(parseCalLink('/priya/')).toEqual({ calLink: 'priya' });
    expect(parseCalLink('https://cal.com/priya/intro?x=1')).toEqual({ calLink: 'priya/intro' });
    expect(parseCalLink('cal.com/priya')).toEqual({ calLink: 'priya' });
    expect(parseCalLink('https://app.cal.com/team/ladder/intro')).toEqual({ calLink: 'team/ladder/intro' });
  });

  it('points the embed at a self-hosted instance', () => {
    expect(parseCalLink('https://cal.example.org/priya/30min')).toEqual({
      calLink: 'priya/30min',
      calOrigin: 'https://cal.example.org',
      embedJsUrl: 'https://cal.example.org/embed/embed.js',
    });
  });

  it('rejects what is not a booking page', () => {
    expect(parseCalLink(null)).toBeNull();
    expect(parseCalLink('   ')).toBeNull();
    expect(parseCalLink('https://cal.com/')).toBeNull();
    expect(parseCalLink('javascript:alert(1)')).toBeNull();
    expect(parseCalLink('priya intro')).toBeNull();
  });
});
