import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/auth/actor";
import { revokeDocument } from "../../../platform/documents";
import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { queueNotification } from "../../../platform/outbox/outbox";
import { can } from "../domain/policy";
import { serviceRequestHistory, serviceRequests } from "../schema";
import { lockReadableRequest, trackingLink } from "./context";

/**
 * Revokes the letter of a finished request (SPEC §3.9): only a leader over the issuing unit, with a reason;
 * the platform records and audits the revocation, the request's timeline shows it, the citizen is told.
 */
export async function revokeLetter(
  deps: Pick<Deps, "db">,
  actor: Actor,
  input: { requestId: string; reason: string },
) {
  return deps.db.transaction(async (tx) => {
    const request = await lockReadableRequest(tx, actor, input.requestId);
    if (!can(actor, "revoke", request))
      throw new AppError("FORBIDDEN", "Hanya pimpinan unit penerbit yang dapat mencabut surat.");
    if (!request.documentId) throw new AppError("CONFLICT", "Permohonan ini tidak memiliki surat terbit.");
    await revokeDocument(tx, actor, request.documentId, input.reason);
    await tx.insert(serviceRequestHistory).values({
      requestId: request.id,
      fromStatus: request.status,
      toStatus: request.status,
      event: "documentRevoked",
      note: input.reason.trim(),
      actorUserId: actor.userId,
      actorName: actor.displayName,
    });
    await tx
      .update(serviceRequests)
      .set({ version: request.version + 1, updatedAt: new Date() })
      .where(eq(serviceRequests.id, request.id));
    await queueNotification(
      tx,
      { phone: request.applicantPhone, email: request.applicantEmail },
      {
        subject: `Surat untuk permohonan ${request.reference} dicabut`,
        body: "Surat yang diterbitkan untuk permohonan Anda telah dicabut. Lihat alasannya di halaman lacak permohonan.",
        link: trackingLink(request.reference),
      },
    );
  });
}
