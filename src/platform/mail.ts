import nodemailer from 'nodemailer';
import type { Db } from '../db/database.ts';

export interface OutgoingMail {
  orgId: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends the message, or keeps it in the organisation's outbox when there is no mail server. */
  send(db: Db, mail: OutgoingMail): Promise<void>;
}

/** Without SMTP_URL, mail lands in the outbox table in the caller's transaction. */
export const outboxMailer: Mailer = {
  async send(db, mail) {
    await db
      .insertInto('outbox')
      .values({ org_id: mail.orgId, to_address: mail.to, subject: mail.subject, body_text: mail.text })
      .execute();
  },
};

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(_db, mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

export function createMailer(settings: { smtpUrl: string | undefined; mailFrom: string }): Mailer {
  return settings.smtpUrl ? smtpMailer(settings.smtpUrl, settings.mailFrom) : outboxMailer;
}
