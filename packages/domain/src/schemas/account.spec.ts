import {
  ACCOUNT_DELETE_PHRASE,
  ZChangeEmailSchema,
  ZChangePasswordSchema,
  ZConfirmEmailChangeSchema,
  ZDeleteAccountSchema,
  ZUpdateMeSchema,
} from './account';

describe('account settings schemas', () => {
  it('PATCH /me takes a trimmed name and/or an IANA zone, and nothing else', () => {
    expect(ZUpdateMeSchema.parse({ name: '  Ada  ' })).toEqual({ name: 'Ada' });
    expect(ZUpdateMeSchema.parse({ timezone: 'Asia/Kolkata' })).toEqual({ timezone: 'Asia/Kolkata' });
    for (const bad of [{}, { name: '   ' }, { timezone: 'CEST' }, { name: 'A', email: 'a@b.dev' }]) {
      expect(ZUpdateMeSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('a new password follows the registration rule (at least 10 characters)', () => {
    expect(ZChangePasswordSchema.safeParse({ currentPassword: 'x', newPassword: '123456789' }).success).toBe(
      false,
    );
    expect(ZChangePasswordSchema.safeParse({ currentPassword: 'x', newPassword: '1234567890' }).success).toBe(
      true,
    );
    expect(ZChangePasswordSchema.safeParse({ currentPassword: '', newPassword: '1234567890' }).success).toBe(
      false,
    );
  });

  it('deletion takes a password or the confirmation phrase, and no other field', () => {
    expect(ZDeleteAccountSchema.safeParse({ password: 'secret' }).success).toBe(true);
    expect(ZDeleteAccountSchema.parse({ confirmation: ` ${ACCOUNT_DELETE_PHRASE} ` })).toEqual({
      confirmation: ACCOUNT_DELETE_PHRASE,
    });
    expect(ZDeleteAccountSchema.safeParse({ password: 'secret', why: 'bored' }).success).toBe(false);
  });
});

describe('email change schemas', () => {
  it('takes a trimmed, valid new address and the password, nothing else', () => {
    expect(ZChangeEmailSchema.parse({ newEmail: ' ada@new.dev ', password: 'pw' })).toEqual({
      newEmail: 'ada@new.dev',
      password: 'pw',
    });
    for (const bad of [
      { newEmail: 'not-an-email', password: 'pw' },
      { newEmail: 'ada@new.dev', password: '' },
      { newEmail: 'ada@new.dev', password: 'pw', name: 'x' },
    ]) {
      expect(ZChangeEmailSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('the confirmation takes an opaque token only', () => {
    expect(ZConfirmEmailChangeSchema.safeParse({ token: 'a'.repeat(43) }).success).toBe(true);
    expect(ZConfirmEmailChangeSchema.safeParse({ token: 'short' }).success).toBe(false);
    expect(ZConfirmEmailChangeSchema.safeParse({ token: 'a'.repeat(43), email: 'x@y.dev' }).success).toBe(
      false,
    );
  });
});
