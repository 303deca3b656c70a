import { eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { queueNotification } from "../../../platform/outbox/outbox";
import { can } from "../domain/policy";
import { isFinal } from "../domain/workflow";
import { serviceRequestHistory, serviceRequests } from "../schema";
import { officersFor } from "../services.repository";
import { lockReadableRequest } from "./context";

/** Manual assignment (SPEC §3.4) to an officer of the unit now working the request. */
export async function assignRequest(
  deps: Pick<Deps, "db">,
  actor: Actor,
  input: { requestId: string; userId: string; version?: number | null },
) {
  return deps.db.transaction(async (tx) => {
    const request = await lockReadableRequest(tx, actor, input.requestId);
    if (!can(actor, "act", request))
      throw new AppError("FORBIDDEN", "Anda tidak berwenang menugaskan permohonan ini.");
    if (isFinal(request.status)) throw new AppError("CONFLICT", "Permohonan sudah selesai diproses.");
    if (input.version != null && input.version !== request.version)
      throw new AppError(
        "CONFLICT",
        "Permohonan ini baru saja diubah. Muat ulang halaman untuk melihat keadaan terbaru.",
      );
    const officer = (await officersFor(tx, request.currentUnitPath)).find((o) => o.id === input.userId);
    if (!officer) {
      throw new AppError("UNPROCESSABLE", "Pilih petugas dari unit ini.", {
        issues: [{ field: "userId", key: "Petugas tidak ditemukan di unit ini." }],
      });
    }
    await tx
      .update(serviceRequests)
      .set({ assignedTo: officer.id, version: request.version + 1, updatedAt: new Date() })
      .where(eq(serviceRequests.id, request.id));
    await tx.insert(serviceRequestHistory).values({
      requestId: request.id,
      fromStatus: request.status,
      toStatus: request.status,
      event: "assigned",
      note: officer.name,
      actorUserId: actor.userId,
      actorName: actor.displayName,
    });
    await audit(tx, actor, {
      action: "service_request.assign",
      entity: "service_request",
      entityId: request.id,
      unitPath: request.unitPath,
      before: { assignedTo: request.assignedTo },
      after: { assignedTo: officer.id },
    });
    await queueNotification(
      tx,
      { userId: officer.id },
      {
        subject: `Permohonan ${request.reference} ditugaskan kepada Anda`,
        body: `Ditugaskan oleh ${actor.displayName}.`,
        link: `/staf/layanan/permohonan/${request.id}`,
      },
    );
  });
}
