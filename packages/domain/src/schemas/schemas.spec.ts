import { ZRegisterSchema } from './auth';
import { PHOTO_URL_MESSAGE, ZCreateMentorProfileSchema, ZUpdateMentorProfileSchema } from './mentors';

describe('request schemas', () => {
  it('reject unknown fields so nothing is mass-assigned', () => {
    const r = ZRegisterSchema.safeParse({
      email: 'a@b.co',
      password: 'long-enough-pw',
      name: 'A',
      roles: ['admin'],
    });
    expect(r.success).toBe(false);
  });
  it('reject short passwords with a readable message', () => {
    const r = ZRegisterSchema.safeParse({ email: 'a@b.co', password: 'short', name: 'A' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at least 10/);
  });
  it('reject javascript: URLs on profiles', () => {
    const r = ZCreateMentorProfileSchema.safeParse({
      headline: 'Staff engineer, distributed systems',
      bio: 'Twenty years of building payment systems at scale.',
      expertise: ['go'],
      languages: ['English'],
      timezone: 'Europe/Berlin',
      meetingUrl: 'javascript:alert(1)',
    });
    expect(r.success).toBe(false);
  });
  it('take profile photos at https addresses only, saying so', () => {
    const profile = {
      headline: 'Staff engineer, distributed systems',
      bio: 'Twenty years of building payment systems at scale.',
      expertise: ['go'],
      languages: ['English'],
      timezone: 'Europe/Berlin',
    };
    expect(
      ZCreateMentorProfileSchema.safeParse({ ...profile, photoUrl: 'https://img.example.com/a.png' }).success,
    ).toBe(true);
    for (const r of [
      ZCreateMentorProfileSchema.safeParse({ ...profile, photoUrl: 'http://img.example.com/a.png' }),
      ZUpdateMentorProfileSchema.safeParse({ photoUrl: 'http://img.example.com/a.png' }),
    ]) {
      expect(r.success).toBe(false);
      expect(r.error?.issues).toEqual([
        expect.objectContaining({ path: ['photoUrl'], message: PHOTO_URL_MESSAGE }),
      ]);
    }
    // A meeting room may still be a plain http address (an intranet room, a local tool).
    expect(
      ZCreateMentorProfileSchema.safeParse({ ...profile, meetingUrl: 'http://meet.example.com/r' }).success,
    ).toBe(true);
  });
});
