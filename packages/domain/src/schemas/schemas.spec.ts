import { ZRegisterSchema } from './auth';
import { ZCreateMentorProfileSchema } from './mentors';

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
});
