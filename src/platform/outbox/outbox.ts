import { eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { type Executor, queryRows } from "../../db/client";
import type { Deps } from "../http/context";
import { type Locale, type Params, translate } from "../i18n";
import { notifications, outbox } from "./schema";

export type Channel = "in_app" | "email" | "whatsapp" | "sms";
/**
 * What to say, as a message of the catalogue: `${key}.subject` and `${key}.body`, rendered with `params` in
 * the recipient's language when queued (commands hold no sentences, SPEC §3.1).
 */
export type Notice = { key: string; params?: Params; link?: string };
/** Interim: already-written texts, until every module names catalogue keys. */
export type Message = { subject: string; body: string; link?: string };
/** Who to tell: any of a user (in-app), an e-mail address, a phone number (WhatsApp). */
export type Recipient = { userId?: string | null; email?: string | null; phone?: string | null };

/**
 * Writes the notification(s) inside the caller's transaction (SPEC §3.1): if the change rolls back, nobody
 * is told; if it commits, the worker delivers, retrying until it succeeds.
 */
export async function queueNotification(
  tx: Executor,
  to: Recipient,
  notice: Notice | Message,
  locale: Locale = "id",
): Promise<void> {
  const message: Message =
    "key" in notice
      ? {
          subject: translate(locale, `${notice.key}.subject`, notice.params),
          body: translate(locale, `${notice.key}.body`, notice.params),
          ...(notice.link ? { link: notice.link } : {}),
        }
      : notice;
  const rows: (typeof outbox.$inferInsert)[] = [];
  if (to.userId) rows.push({ channel: "in_app", recipient: to.userId, ...message });
  if (to.email) rows.push({ channel: "email", recipient: to.email, ...message });
  if (to.phone) rows.push({ channel: "whatsapp", recipient: to.phone, ...message });
  if (rows.length) await tx.insert(outbox).values(rows);
}

/** A WhatsApp/SMS gateway. Without a configured provider, messages are logged and shown on the outbox page. */
export interface MessagingProvider {
  readonly name: string;
  send(to: string, text: string): Promise<"sent" | "logged">;
}

export const loggingProvider = (deps: Pick<Deps, "log">): MessagingProvider => ({
  name: "log",
  async send(to, text) {
    // Only the length and a masked number reach the log: message bodies may hold personal data.
    deps.log.info(
      { channel: "whatsapp", to: `${to.slice(0, 4)}••••`, chars: text.length },
      "pesan dicatat (tanpa penyedia)",
    );
    return "logged";
  },
});

type Mailer = { sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown> };
const mailers = new Map<string, Mailer>();
function mailerFor(url: string): Mailer {
  let m = mailers.get(url);
  if (!m) {
    m = nodemailer.createTransport(url) as unknown as Mailer;
    mailers.set(url, m);
  }
  return m;
}

/** Delivers due messages; claimed with SKIP LOCKED so several processes never send one message twice. */
export async function deliverOutbox(
  deps: Deps,
  provider: MessagingProvider = loggingProvider(deps),
  limit = 20,
): Promise<number> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const due = await queryRows<{
      id: string;
      channel: Channel;
      recipient: string;
      subject: string;
      body: string;
      link: string | null;
      attempts: number;
    }>(
      tx,
      sql`
      select id, channel, recipient, subject, body, link, attempts from outbox
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}
      order by next_attempt_at limit ${limit} for update skip locked`,
    );
    for (const m of due) {
      try {
        let status: "sent" | "logged" = "sent";
        const text = m.link ? `${m.body}\n\n${deps.config.baseUrl}${m.link}` : m.body;
        if (m.channel === "in_app") {
          await tx
            .insert(notifications)
            .values({ userId: m.recipient, subject: m.subject, body: m.body, link: m.link });
        } else if (m.channel === "email") {
          if (deps.config.smtpUrl) {
            await mailerFor(deps.config.smtpUrl).sendMail({
              from: deps.config.mailFrom,
              to: m.recipient,
              subject: m.subject,
              text,
            });
          } else status = "logged";
        } else {
          status = await provider.send(m.recipient, `${m.subject}\n${text}`);
        }
        await tx
          .update(outbox)
          .set({ status, sentAt: now, attempts: m.attempts + 1, lastError: null })
          .where(eq(outbox.id, m.id));
      } catch (err) {
        const attempts = m.attempts + 1;
        await tx
          .update(outbox)
          .set({
            attempts,
            status: attempts >= 8 ? "failed" : "pending",
            lastError: String((err as Error).message).slice(0, 500),
            nextAttemptAt: new Date(now.getTime() + 2 ** attempts * 15_000),
          })
          .where(eq(outbox.id, m.id));
      }
    }
    return due.length;
  });
}
