import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { DevMail } from './entities/dev-mail.entity';
import type { OutgoingMail } from './mail.types';

export interface MailTransport {
  readonly name: 'smtp' | 'dev-mailbox';
  /** Delivers one message. `manager` is the transaction that records the delivery. */
  deliver(mail: OutgoingMail, manager: EntityManager): Promise<void>;
}

/** Development and tests: the message is stored in `dev_mailbox`, in the recording transaction. */
export class DevMailboxTransport implements MailTransport {
  readonly name = 'dev-mailbox' as const;

  async deliver(mail: OutgoingMail, manager: EntityManager): Promise<void> {
    await manager.insert(DevMail, {
      messageId: mail.messageId,
      fromAddress: mail.from,
      toAddress: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
    });
  }
}

/** Production: SMTP through nodemailer. The Message-ID is stable per dedupe key. */
export class SmtpTransport implements MailTransport {
  readonly name = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(url: string) {
    this.transporter = nodemailer.createTransport(url);
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
  }
}
