import { renderTemplate, TEMPLATES } from './index';
import { BRAND_HEX } from './layout';

describe('mail templates', () => {
  it('render subject, text and HTML for every template', () => {
    const samples = {
      test: { note: 'n' },
      'verify-email': { name: 'Ada', url: 'https://ladder.dev/verify?t=1', expiresInHours: 24 },
      'password-reset': { name: 'Ada', url: 'https://ladder.dev/reset?t=1', expiresInMinutes: 60 },
      'newsletter-confirm': { url: 'https://ladder.dev/n?t=1' },
      'mentor-decision': { name: 'Ada', approved: false, reason: 'Too short', url: 'https://ladder.dev/m' },
      'booking-confirmed': {
        recipientName: 'Sam',
        otherName: 'Priya',
        title: 'Growth session',
        when: 'Monday, March 15, 2027, 9:00 AM (America/New_York)',
        durationMinutes: 60,
        meetingUrl: 'https://meet.jit.si/x',
        manageUrl: 'https://ladder.dev/b/1',
        asMentor: false,
      },
      'booking-rescheduled': {
        recipientName: 'Sam',
        otherName: 'Priya',
        title: 'Growth session',
        when: 'a',
        previousWhen: 'b',
        manageUrl: 'https://ladder.dev/b/1',
      },
      'payment-refunded': {
        recipientName: 'Sam',
        otherName: 'Priya',
        title: 'Growth session',
        when: 'Monday, March 15, 2027, 9:00 AM (America/New_York)',
        amount: '$99.00',
        reason: 'your hold had ended and the time was booked by someone else',
        bookAgainUrl: 'https://ladder.dev/mentors/priya',
      },
      'booking-reminder': {
        recipientName: 'Sam',
        otherName: 'Priya',
        title: 'Growth session',
        when: 'Monday, March 15, 2027, 9:00 AM (America/New_York)',
        startsIn: '1 hour',
        meetingUrl: 'https://meet.jit.si/x',
        manageUrl: 'https://ladder.dev/b/1',
      },
      'booking-cancelled': {
        recipientName: 'Sam',
        otherName: 'Priya',
        title: 'Growth session',
        when: 'a',
        cancelledBy: 'your mentor',
        reason: 'Ill that day',
        refund: '$150.00',
        manageUrl: 'https://ladder.dev/m',
      },
      'new-messages': { name: 'Ada', senderName: 'Sam', count: 2, url: 'https://ladder.dev/messages/1' },
      'newsletter-article': {
        title: 'Reviews that teach',
        excerpt: 'A good review teaches.',
        authorName: 'Priya',
        url: 'https://ladder.dev/articles/reviews-that-teach',
        unsubscribeUrl: 'https://ladder.dev/newsletter/unsubscribe?token=t',
      },
      'calcom-double-booking': {
        recipientName: 'Priya',
        attendeeName: 'Sam',
        when: 'Monday, March 15, 2027, 9:00 AM (Europe/Berlin)',
        conflictWith: 'Growth session with Alex',
        dashboardUrl: 'https://ladder.dev/dashboard/bookings',
      },
      'account-suspended': { name: 'Ada', reason: 'Spam', cancelledBookings: 2 },
      'account-reinstated': { name: 'Ada', url: 'https://ladder.dev/sign-in' },
      'password-changed': {
        name: 'Ada',
        when: 'Monday, March 15, 2027, 9:00 AM (Europe/Berlin)',
        resetUrl: 'https://ladder.dev/forgot-password',
      },
      'email-change-confirm': {
        name: 'Ada',
        url: 'https://ladder.dev/settings/email/confirm?token=t',
        expiresInHours: 24,
      },
      'email-change-requested': {
        name: 'Ada',
        when: 'Monday, March 15, 2027, 9:00 AM (Europe/Berlin)',
        resetUrl: 'https://ladder.dev/forgot-password',
      },
      'email-change-taken': { signInUrl: 'https://ladder.dev/sign-in' },
      'account-deleted': { name: 'Ada', cancelledBookings: 1 },
    } as const;
    expect(Object.keys(samples).sort()).toEqual(Object.keys(TEMPLATES).sort());
    for (const [name, params] of Object.entries(samples)) {
      const mail = renderTemplate(name as keyof typeof TEMPLATES, params as never);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text.length).toBeGreaterThan(10);
      expect(mail.html).toContain('<html>');
    }
  });

  it('look and read like the site: its teal, and the newsletter named and timed as the sign-up form does', () => {
    const mail = renderTemplate('newsletter-confirm', { url: 'https://ladder.dev/n?t=1' });
    expect(mail.html).toContain(`color:${BRAND_HEX}">Ladder</p>`);
    expect(mail.html).toContain(`background:${BRAND_HEX};`);
    expect(mail.html).not.toMatch(/#4f46e5/i);
    // The home page and the article page promise "The Staff+ letter", "one email a fortnight".
    expect(mail.text).toContain('the Staff+ letter');
    expect(mail.text).toContain('once a fortnight');
  });

  it('escapes every interpolated value in HTML and writes links out in text', () => {
    const mail = renderTemplate('verify-email', {
      name: '<img src=x onerror=alert(1)>',
      url: 'https://ladder.dev/v?a=1&b="2"',
      expiresInHours: 24,
    });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('href="https://ladder.dev/v?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain('Confirm my email: https://ladder.dev/v?a=1&b="2"');
  });
});
