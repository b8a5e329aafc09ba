import type { TemplateName, TemplateParams } from './templates';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Text content (e.g. an iCalendar file). */
  content: string;
}

/** The payload of a `mail.send` job: which template, to whom, with what. */
export type MailJob = {
  [K in TemplateName]: {
    template: K;
    to: string;
    params: TemplateParams[K];
    /**
     * Stable key of this message (e.g. `verify-email:<tokenId>`). A message with a key that was
     * already delivered is never delivered again, however often its job runs.
     */
    dedupeKey: string;
    attachments?: MailAttachment[];
  };
}[TemplateName];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface OutgoingMail extends RenderedMail {
  from: string;
  to: string;
  messageId: string;
  attachments: MailAttachment[];
}
