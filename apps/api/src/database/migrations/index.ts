import { Init1795867900000 } from './1795867900000-Init';
import { MentorsAndArticles1795867958690 } from './1795867958690-MentorsAndArticles';
import { JobsAndMail1795868477477 } from './1795868477477-JobsAndMail';
import { Auth1795868934104 } from './1795868934104-Auth';
import { Bookings1795869286945 } from './1795869286945-Bookings';
import { NextFreeSlot1795869623254 } from './1795869623254-NextFreeSlot';
import { MentorSearch1795869884924 } from './1795869884924-MentorSearch';
import { GithubIdentities1795871854485 } from './1795871854485-GithubIdentities';
import { MentorSearchTerms1795878600000 } from './1795878600000-MentorSearchTerms';
import { Newsletter1795881808880 } from './1795881808880-Newsletter';
import { FunnelEvents1795882654463 } from './1795882654463-FunnelEvents';
import { SessionNotesAndReviews1795882674239 } from './1795882674239-SessionNotesAndReviews';
import { Moderation1795883794523 } from './1795883794523-Moderation';
import { WebhookEvents1795890000000 } from './1795890000000-WebhookEvents';
import { Messages1795890002000 } from './1795890002000-Messages';
import { LearningPlans1795890734217 } from './1795890734217-LearningPlans';
import { StripePayments1795893600417 } from './1795893600417-StripePayments';
import { CalcomBookings1795894000417 } from './1795894000417-CalcomBookings';
import { AccountSuspensions1795894800417 } from './1795894800417-AccountSuspensions';
import { ArticleWriting1795895400731 } from './1795895400731-ArticleWriting';
import { StripeOwedTransfers1795895400817 } from './1795895400817-StripeOwedTransfers';
import { AccountDeletion1795896000731 } from './1795896000731-AccountDeletion';
import { EmailChange1795896600583 } from './1795896600583-EmailChange';
import { SessionNoteEdits1795897200467 } from './1795897200467-SessionNoteEdits';
import { AdminUserSearch1795897800000 } from './1795897800000-AdminUserSearch';
import { MailDeliveryKeyHashes1795898400000 } from './1795898400000-MailDeliveryKeyHashes';
import { CalcomMentorWebhooks1795899000000 } from './1795899000000-CalcomMentorWebhooks';
import { OfferingPrices1795902000000 } from './1795902000000-OfferingPrices';

/** Applied in this order; add each new migration here. */
export const MIGRATIONS = [
  Init1795867900000,
  MentorsAndArticles1795867958690,
  JobsAndMail1795868477477,
  Auth1795868934104,
  Bookings1795869286945,
  NextFreeSlot1795869623254,
  MentorSearch1795869884924,
  GithubIdentities1795871854485,
  MentorSearchTerms1795878600000,
  Newsletter1795881808880,
  FunnelEvents1795882654463,
  SessionNotesAndReviews1795882674239,
  Moderation1795883794523,
  WebhookEvents1795890000000,
  Messages1795890002000,
  LearningPlans1795890734217,
  StripePayments1795893600417,
  CalcomBookings1795894000417,
  AccountSuspensions1795894800417,
  ArticleWriting1795895400731,
  StripeOwedTransfers1795895400817,
  AccountDeletion1795896000731,
  EmailChange1795896600583,
  SessionNoteEdits1795897200467,
  AdminUserSearch1795897800000,
  MailDeliveryKeyHashes1795898400000,
  CalcomMentorWebhooks1795899000000,
  OfferingPrices1795902000000,
];
