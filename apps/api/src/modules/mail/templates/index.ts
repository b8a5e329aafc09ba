import type { RenderedMail } from '../mail.types';
import { type Action, layout, textOf } from './layout';

/**
 * Email templates are plain typed functions: each takes its parameters and returns subject, text
 * and HTML. No template language or build step; the compiler checks every call's parameters,
 * and every interpolated value is escaped by `layout`.
 */
interface Parts {
  subject: string;
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: Action;
  footnote?: string;
  unsubscribeUrl?: string;
}

const render = (p: Parts): RenderedMail => ({ subject: p.subject, html: layout(p), text: textOf(p) });

export const TEMPLATES = {
  test: (p: { note?: string }) =>
    render({
      subject: 'Ladder test message',
      preheader: 'Mail delivery works.',
      heading: 'Mail delivery works',
      paragraphs: ['This is a test message from Ladder.', ...(p.note ? [p.note] : [])],
    }),
  'verify-email': (p: { name: string; url: string; expiresInHours: number }) =>
    render({
      subject: 'Confirm your email for Ladder',
      preheader: 'One click to confirm your email address.',
      heading: `Welcome to Ladder, ${p.name}`,
      paragraphs: [
        'Please confirm your email address so we can send you booking confirmations and reminders.',
      ],
      action: { label: 'Confirm my email', url: p.url },
      footnote: `This link expires in ${p.expiresInHours} hours. If you did not sign up, ignore this email.`,
    }),
  'password-reset': (p: { name: string; url: string; expiresInMinutes: number }) =>
    render({
      subject: 'Reset your Ladder password',
      preheader: 'A link to choose a new password.',
      heading: 'Reset your password',
      paragraphs: [`Hi ${p.name}, someone (hopefully you) asked to reset your Ladder password.`],
      action: { label: 'Choose a new password', url: p.url },
      footnote: `This link works once and expires in ${p.expiresInMinutes} minutes. If you did not ask for it, you can ignore this email; your password stays the same.`,
    }),
  'newsletter-confirm': (p: { url: string }) =>
    render({
      subject: 'Confirm your Ladder newsletter subscription',
      preheader: 'One click and you are subscribed.',
      heading: 'Confirm your subscription',
      paragraphs: [
        'Thanks for subscribing to the Staff+ letter: the best new articles from Ladder mentors, once a fortnight.',
      ],
      action: { label: 'Yes, subscribe me', url: p.url },
      footnote: 'If you did not ask for this, ignore this email and you will not hear from us.',
    }),
  'newsletter-article': (p: {
    title: string;
    excerpt: string;
    authorName: string;
    url: string;
    unsubscribeUrl: string;
  }) =>
    render({
      subject: `New on Ladder: ${p.title}`,
      preheader: p.excerpt || `A new article by ${p.authorName}.`,
      heading: p.title,
      paragraphs: [`A new article by ${p.authorName}.`, ...(p.excerpt ? [p.excerpt] : [])],
      action: { label: 'Read the article', url: p.url },
      footnote: 'You get this because you subscribed to the Ladder newsletter.',
      unsubscribeUrl: p.unsubscribeUrl,
    }),
  'new-messages': (p: { name: string; senderName: string; count: number; url: string }) =>
    render({
      subject: `${p.senderName} sent you ${p.count === 1 ? 'a message' : `${p.count} messages`} on Ladder`,
      preheader: `Reply to ${p.senderName} on Ladder.`,
      heading: `New ${p.count === 1 ? 'message' : 'messages'} from ${p.senderName}`,
      paragraphs: [
        `Hi ${p.name}, ${p.senderName} wrote to you on Ladder. For your privacy, messages are only shown on Ladder, not in email.`,
      ],
      action: { label: 'Read and reply', url: p.url },
      footnote: 'You get one email per conversation while messages wait unread.',
    }),
  'mentor-decision': (p: { name: string; approved: boolean; reason?: string; url: string }) =>
    render({
      subject: p.approved ? 'Your Ladder mentor profile is live' : 'About your Ladder mentor application',
      preheader: p.approved ? 'Mentees can now find and book you.' : 'An update on your application.',
      heading: p.approved ? `You are a Ladder mentor, ${p.name}` : `Hi ${p.name}`,
      paragraphs: p.approved
        ? [
            'Your profile has been approved and is now public. Set your availability and offerings so mentees can book you.',
          ]
        : [
            'Thank you for applying to mentor on Ladder. We cannot approve your profile as it stands.',
            ...(p.reason ? [`Reason: ${p.reason}`] : []),
            'You are welcome to update your profile and apply again.',
          ],
      action: { label: p.approved ? 'Open my dashboard' : 'Edit my profile', url: p.url },
    }),
  'booking-confirmed': (p: {
    recipientName: string;
    otherName: string;
    title: string;
    when: string;
    durationMinutes: number;
    meetingUrl: string;
    manageUrl: string;
    asMentor: boolean;
  }) =>
    render({
      subject: `Confirmed: ${p.title} — ${p.when}`,
      preheader: `Your session ${p.asMentor ? 'with your mentee' : 'with your mentor'} is booked.`,
      heading: `You're booked, ${p.recipientName}`,
      paragraphs: [
        `${p.title} with ${p.otherName}`,
        `When: ${p.when} (${p.durationMinutes} minutes)`,
        `Join: ${p.meetingUrl}`,
        'The calendar invitation is attached. Cancel or reschedule from your dashboard.',
      ],
      action: { label: 'Manage booking', url: p.manageUrl },
    }),
  'booking-rescheduled': (p: {
    recipientName: string;
    otherName: string;
    title: string;
    when: string;
    previousWhen: string;
    manageUrl: string;
  }) =>
    render({
      subject: `Rescheduled: ${p.title} — now ${p.when}`,
      preheader: 'Your session has a new time.',
      heading: 'New time for your session',
      paragraphs: [
        `${p.title} with ${p.otherName} moved from ${p.previousWhen} to ${p.when}.`,
        'The updated calendar invitation is attached.',
      ],
      action: { label: 'Manage booking', url: p.manageUrl },
    }),
  'booking-cancelled': (p: {
    recipientName: string;
    otherName: string;
    title: string;
    when: string;
    cancelledBy: string;
    /** What the canceller wrote (or Ladder's own reason), shown to both people. */
    reason: string | null;
    refund: string | null;
    manageUrl: string;
  }) =>
    render({
      subject: `Cancelled: ${p.title} — ${p.when}`,
      preheader: 'A session was cancelled.',
      heading: 'Session cancelled',
      paragraphs: [
        `${p.title} with ${p.otherName} on ${p.when} was cancelled by ${p.cancelledBy}.`,
        ...(p.reason?.trim() ? [`Reason: ${p.reason.trim()}`] : []),
        ...(p.refund ? [`Refund: ${p.refund}. It appears on your statement within 5–10 business days.`] : []),
        'The calendar invitation attached removes it from your calendar.',
      ],
      action: { label: 'Find another time', url: p.manageUrl },
    }),
  'payment-refunded': (p: {
    recipientName: string;
    otherName: string;
    title: string;
    when: string;
    amount: string;
    reason: string;
    bookAgainUrl: string;
  }) =>
    render({
      subject: `Refunded: ${p.title} — ${p.when}`,
      preheader: 'Your payment was refunded in full.',
      heading: 'Your payment was refunded',
      paragraphs: [
        `Hi ${p.recipientName}, your payment for ${p.title} with ${p.otherName} on ${p.when} went through, but ${p.reason}, so the session could not be confirmed.`,
        `We refunded the full ${p.amount}. It appears on your statement within 5–10 business days.`,
      ],
      action: { label: 'Find another time', url: p.bookAgainUrl },
    }),
  'booking-reminder': (p: {
    recipientName: string;
    otherName: string;
    title: string;
    when: string;
    startsIn: string;
    meetingUrl: string;
    manageUrl: string;
  }) =>
    render({
      subject: `Reminder: ${p.title} in ${p.startsIn} — ${p.when}`,
      preheader: `Your session with ${p.otherName} starts in ${p.startsIn}.`,
      heading: `See you soon, ${p.recipientName}`,
      paragraphs: [
        `${p.title} with ${p.otherName} starts in ${p.startsIn}.`,
        `When: ${p.when}`,
        `Join: ${p.meetingUrl}`,
        `Need to cancel or reschedule? Open the booking page (${p.manageUrl}) and choose Reschedule or Cancel.`,
      ],
      action: { label: 'Open booking', url: p.manageUrl },
    }),
  'calcom-double-booking': (p: {
    recipientName: string;
    attendeeName: string;
    when: string;
    conflictWith: string;
    dashboardUrl: string;
  }) =>
    render({
      subject: `Double booking: a Cal.com booking overlaps a Ladder session — ${p.when}`,
      preheader: 'Cal.com accepted a booking at a time you are already booked on Ladder.',
      heading: `Please resolve a double booking, ${p.recipientName}`,
      paragraphs: [
        `Cal.com accepted a booking with ${p.attendeeName} on ${p.when}, but you already have ${p.conflictWith} on Ladder at that time.`,
        'Ladder kept the existing session and did not add the Cal.com booking. Cancel or move one of the two (the Cal.com one from Cal.com), and tell the person affected.',
        'To stop this from happening, connect the calendar Ladder books into to Cal.com, so Cal.com sees your Ladder sessions as busy.',
      ],
      action: { label: 'Open my bookings', url: p.dashboardUrl },
    }),
  'account-suspended': (p: { name: string; reason: string; cancelledBookings: number }) =>
    render({
      subject: 'Your Ladder account is suspended',
      preheader: 'You can no longer sign in to Ladder.',
      heading: `Hi ${p.name}`,
      paragraphs: [
        'An administrator has suspended your Ladder account. You cannot sign in while it is suspended, and your mentor profile, if you have one, is hidden.',
        `Reason: ${p.reason}`,
        ...(p.cancelledBookings > 0
          ? [
              `${p.cancelledBookings} upcoming ${p.cancelledBookings === 1 ? 'session was' : 'sessions were'} cancelled; refunds follow the cancellation policy and each person has been emailed.`,
            ]
          : []),
        'If you think this is a mistake, reply to this email.',
      ],
    }),
  'account-reinstated': (p: { name: string; url: string }) =>
    render({
      subject: 'Your Ladder account is active again',
      preheader: 'You can sign in to Ladder again.',
      heading: `Welcome back, ${p.name}`,
      paragraphs: [
        'The suspension of your Ladder account has been lifted. You can sign in again, and your mentor profile, if you have one, is back as it was. Cancelled sessions stay cancelled.',
      ],
      action: { label: 'Sign in', url: p.url },
    }),
  'password-changed': (p: { name: string; when: string; resetUrl: string }) =>
    render({
      subject: 'Your Ladder password was changed',
      preheader: 'If this was you, there is nothing to do.',
      heading: `Hi ${p.name}`,
      paragraphs: [
        `The password of your Ladder account was changed on ${p.when}. You stay signed in on the device you used; every other device was signed out.`,
        'If this was not you, reset your password now with the link below, and tell us by replying to this email.',
      ],
      action: { label: 'Reset my password', url: p.resetUrl },
    }),
  'email-change-confirm': (p: { name: string; url: string; expiresInHours: number }) =>
    render({
      subject: 'Confirm your new email address for Ladder',
      preheader: 'One click to move your Ladder account to this address.',
      heading: `Hi ${p.name}`,
      paragraphs: [
        'You asked to use this address for your Ladder account. Confirm it, and Ladder will send everything here from now on and you will sign in with it.',
      ],
      action: { label: 'Confirm my new email', url: p.url },
      footnote: `This link expires in ${p.expiresInHours} hours and works once, while you are signed in. If you did not ask for this, ignore this email.`,
    }),
  'email-change-requested': (p: { name: string; when: string; resetUrl: string }) =>
    render({
      subject: 'Someone asked to change your Ladder email address',
      preheader: 'If this was you, there is nothing to do.',
      heading: `Hi ${p.name}`,
      paragraphs: [
        `On ${p.when} someone signed in to your Ladder account asked to change its email address. The change happens only once the new address is confirmed from its own inbox.`,
        'If this was not you, change your password now (the link below lets you set a new one), and tell us by replying to this email.',
      ],
      action: { label: 'Reset my password', url: p.resetUrl },
    }),
  'email-change-taken': (p: { signInUrl: string }) =>
    render({
      subject: 'About your Ladder account',
      preheader: 'Someone tried to move another account to this address.',
      heading: 'This address already has a Ladder account',
      paragraphs: [
        'Someone signed in to another Ladder account asked to use this email address for it. This address already belongs to your account, so nothing changed.',
        'If this was you, sign in with this address instead. If not, you can ignore this email.',
      ],
      action: { label: 'Sign in', url: p.signInUrl },
    }),
  'account-deleted': (p: { name: string; cancelledBookings: number }) =>
    render({
      subject: 'Your Ladder account is deleted',
      preheader: 'Your account is closed for good.',
      heading: `Goodbye, ${p.name}`,
      paragraphs: [
        'Your Ladder account is deleted, as you asked. You cannot sign in with it any more, and your profile, notes, plans and sign-in details are gone. Payment records are kept, without your name, because the law requires us to keep accounting records.',
        ...(p.cancelledBookings > 0
          ? [
              `${p.cancelledBookings} upcoming ${p.cancelledBookings === 1 ? 'session was' : 'sessions were'} cancelled; refunds follow the cancellation policy and the other person has been emailed.`,
            ]
          : []),
        'This is the last email we send to this address. You are welcome to sign up again with it at any time.',
      ],
    }),
} satisfies Record<string, (params: never) => RenderedMail>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateParams = { [K in TemplateName]: Parameters<(typeof TEMPLATES)[K]>[0] };

export function renderTemplate<K extends TemplateName>(name: K, params: TemplateParams[K]): RenderedMail {
  const fn = TEMPLATES[name] as (p: TemplateParams[K]) => RenderedMail;
  return fn(params);
}
