import { Article } from '../modules/articles/entities/article.entity';
import { AuditLog } from '../modules/audit/entities/audit-log.entity';
import { RefreshToken } from '../modules/auth/entities/refresh-token.entity';
import { UserToken } from '../modules/auth/entities/user-token.entity';
import { UserIdentity } from '../modules/auth/github/user-identity.entity';
import { Availability } from '../modules/availability/entities/availability.entity';
import { MentorFreeSlot } from '../modules/availability/entities/mentor-free-slot.entity';
import { Booking } from '../modules/bookings/entities/booking.entity';
import { FunnelEvent } from '../modules/funnel/entities/funnel-event.entity';
import { LearningPlan } from '../modules/learning-plans/entities/learning-plan.entity';
import { LearningPlanItem } from '../modules/learning-plans/entities/learning-plan-item.entity';
import { DevMail } from '../modules/mail/entities/dev-mail.entity';
import { MailDelivery } from '../modules/mail/entities/mail-delivery.entity';
import { MentorProfile } from '../modules/mentors/entities/mentor-profile.entity';
import { Offering } from '../modules/mentors/entities/offering.entity';
import { Conversation } from '../modules/messages/entities/conversation.entity';
import { Message } from '../modules/messages/entities/message.entity';
import { Report } from '../modules/moderation/entities/report.entity';
import { NewsletterSubscriber } from '../modules/newsletter/entities/newsletter-subscriber.entity';
import { Payment } from '../modules/payments/entities/payment.entity';
import { RateLimitBucket } from '../modules/rate-limit/entities/rate-limit.entity';
import { Review } from '../modules/sessions/entities/review.entity';
import { SessionNote } from '../modules/sessions/entities/session-note.entity';
import { AccountSuspension } from '../modules/users/entities/account-suspension.entity';
import { User } from '../modules/users/entities/user.entity';
import { CalcomWebhook } from '../modules/webhooks/entities/calcom-webhook.entity';
import { WebhookEvent } from '../modules/webhooks/entities/webhook-event.entity';

/** Every entity, listed once; the app, the CLI and the drift check all use this list. */
export const ENTITIES = [
  User,
  MentorProfile,
  Offering,
  Article,
  MailDelivery,
  DevMail,
  RefreshToken,
  UserToken,
  AuditLog,
  RateLimitBucket,
  Availability,
  MentorFreeSlot,
  Booking,
  Payment,
  UserIdentity,
  NewsletterSubscriber,
  FunnelEvent,
  SessionNote,
  Review,
  Report,
  WebhookEvent,
  CalcomWebhook,
  LearningPlan,
  LearningPlanItem,
  Conversation,
  Message,
  AccountSuspension,
];
