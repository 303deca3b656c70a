import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, type FieldError } from "../../../platform/errors";
import { spreadsheetDownload } from "../../../platform/export/spreadsheet";
import { readStoredFile } from "../../../platform/files";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { maskNik } from "../../../platform/identifiers";
import { assignRequest } from "../commands/assign-request";
import { clockOf } from "../commands/context";
import { revokeLetter } from "../commands/revoke-letter";
import { transitionRequest } from "../commands/transition-request";
import { displayAnswer } from "../documents/letter";
import { documentOf, pdfHeaders, requestPdf } from "../documents/request-pdf";
import { can, capacitiesOf } from "../domain/policy";
import { availableTransitions, type Stage, type Status } from "../domain/workflow";
import { slaOf } from "../presenters";
import { findRequests, type QueueFilters } from "../queries/find-requests";
import { serviceBusinesses } from "../schema";
import {
  attachmentsOf,
  findRequestById,
  findServiceById,
  historyOf,
  kelurahanOptions,
  listOffices,
  listServices,
  officersFor,
  type RequestRow,
  userName,
} from "../services.repository";
import { DetailPage, type DetailView, type QueueItem, QueuePage } from "../views/staff";
import { mountApplyFlow } from "./apply-flow";

export const staffPages = new Hono<AppEnv>();

function queueActor(c: Context<AppEnv>): Actor {
  const actor = requireActor(c);
  if (!can(actor, "queue")) throw new AppError("FORBIDDEN", c.get("t")("services.error.noQueue"));
  return actor;
}

/** Query string → filters; unknown values are ignored rather than refused (a bookmarked URL keeps working). */
export function queueFilters(q: Record<string, string | undefined>, pageSize = 25): QueueFilters {
  return {
    status: q.status || "open",
    service: q.layanan && /^[A-Z0-9_-]{1,20}$/.test(q.layanan) ? q.layanan : undefined,
    due: q.tenggat === "segera" ? "soon" : q.tenggat === "terlambat" ? "overdue" : undefined,
    mine: q.saya === "1",
    q: q.q?.slice(0, 60),
    page: Math.min(100000, Math.max(1, Number(q.page) || 1)),
    pageSize,
  };
}

staffPages.get("/staf/layanan", async (c) => {
  const t = c.get("t");
  const actor = queueActor(c);
  const { deps } = c.var;
  const query = c.req.query();
  const clock = await clockOf(deps.db, deps.now());
  const [result, services, offices] = await Promise.all([
    findRequests(deps.db, actor, queueFilters(query), clock),
    listServices(deps.db, { activeOnly: false }),
    listOffices(deps.db),
  ]);
  const kelurahan = new Map(kelurahanOptions(offices).map((k) => [k.value, k.label]));
  const items: QueueItem[] = result.items.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    serviceName: r.serviceName,
    applicantName: r.applicantName,
    kelurahanName: kelurahan.get(r.applicantKelurahan) ?? r.applicantKelurahan,
    assignedName: r.assignedName,
    dueDate: r.dueDate,
    sla: slaOf(clock.cal, r, clock.today),
    isMine: r.assignedTo === actor.userId,
  }));
  return render(
    c,
    t("services.queue.title"),
    <QueuePage
      t={t}
      locale={c.get("locale")}
      items={items}
      total={result.total}
      totalCapped={result.totalCapped}
      page={result.page}
      pageSize={result.pageSize}
      query={{
        status: query.status,
        layanan: query.layanan,
        tenggat: query.tenggat,
        saya: query.saya,
        q: query.q,
      }}
      services={services.map((s) => ({ value: s.code, label: s.name }))}
      canFile={can(actor, "file")}
    />,
  );
});

const EXPORT_HEADERS = [
  "Nomor",
  "Layanan",
  "Pemohon",
  "Kelurahan",
  "Status",
  "Petugas",
  "Tanggal ajuan",
  "Batas waktu",
  "Tanggal selesai",
  "Nomor surat",
];

async function exportQueue(c: Context<AppEnv>, kind: "csv" | "xlsx") {
  const actor = queueActor(c);
  const { deps } = c.var;
  const clock = await clockOf(deps.db, deps.now());
  const result = await findRequests(
    deps.db,
    actor,
    { ...queueFilters(c.req.query(), 100), page: 1, pageSize: 10_000 },
    clock,
  );
  const rows = result.items.map((r) => [
    r.reference,
    r.serviceName,
    r.applicantName,
    r.applicantKelurahan,
    c.get("t")(`services.status.${r.status}`),
    r.assignedName,
    r.submittedOn,
    r.dueDate,
    r.finishedOn,
    r.documentNumber,
  ]);
  const file = await spreadsheetDownload(
    {
      fileName: `permohonan-layanan-${clock.today}`,
      sheet: "Permohonan",
      header: EXPORT_HEADERS,
      rows,
      wide: ["Layanan", "Pemohon"],
    },
    kind,
  );
  return c.body(file.body, 200, file.headers);
}
staffPages.get("/staf/layanan/ekspor.csv", (c) => exportQueue(c, "csv"));
staffPages.get("/staf/layanan/ekspor.xlsx", (c) => exportQueue(c, "xlsx"));

/** A request the actor may read, else 404 (out-of-scope records are not revealed). */
async function readable(c: Context<AppEnv>, actor: Actor): Promise<RequestRow> {
  const request = await findRequestById(c.var.deps.db, c.req.param("id") ?? "");
  if (!request || !can(actor, "read", request))
    throw new AppError("NOT_FOUND", c.get("t")("services.notFoundRequest"));
  return request;
}

async function detail(
  c: Context<AppEnv>,
  actor: Actor,
  request: RequestRow,
  opts: { notice?: string; problem?: string; errors?: FieldError[]; status?: number; showNik?: boolean } = {},
) {
  const t = c.get("t");
  const { deps } = c.var;
  const service = (await findServiceById(deps.db, request.serviceId))!;
  const [clock, history, attachments, offices, assignedName, document, business] = await Promise.all([
    clockOf(deps.db, deps.now()),
    historyOf(deps.db, request.id),
    attachmentsOf(deps.db, request.id),
    listOffices(deps.db),
    userName(deps.db, request.assignedTo),
    documentOf(deps, request, `/staf/layanan/permohonan/${request.id}/surat.pdf`),
    deps.db.select().from(serviceBusinesses).where(eq(serviceBusinesses.requestId, request.id)),
  ]);
  const kelurahan =
    kelurahanOptions(offices).find((k) => k.value === request.applicantKelurahan)?.label ?? "";
  const capacities = capacitiesOf(actor, request);
  const actions = availableTransitions(request.status as Status, capacities, {
    needsCamat: service.needsCamat,
    stage: request.stage as Stage,
    producesDocument: service.producesDocument,
  });
  const canAct = can(actor, "act", request);
  const officers =
    canAct && !["SELESAI", "DITOLAK", "DIBATALKAN"].includes(request.status)
      ? (await officersFor(deps.db, request.currentUnitPath)).map((o) => ({ value: o.id, label: o.name }))
      : null;
  const b = business[0];
  const view: DetailView = {
    id: request.id,
    reference: request.reference,
    version: request.version,
    status: request.status as Status,
    stage: request.stage,
    serviceName: service.name,
    serviceCode: service.code,
    channel: request.channel,
    applicant: {
      nik: opts.showNik ? request.applicantNik : maskNik(request.applicantNik),
      nikIsFull: !!opts.showNik,
      name: request.applicantName,
      phone: request.applicantPhone,
      email: request.applicantEmail,
      address: request.applicantAddress,
      kelurahan,
    },
    answers: service.fields.map((f) => [f.label, displayAnswer(f, request.answers[f.key]) ?? "—"]),
    attachments: attachments.map((a) => ({
      id: a.id,
      label: service.documents.find((d) => d.key === a.docKey)?.label ?? a.docKey,
      mode: a.mode,
      mime: a.mime,
      size: a.size,
    })),
    business: b ? { scale: b.scale, capital: b.capital, turnover: b.turnover, nib: b.nib } : null,
    submittedOn: request.submittedOn,
    dueDate: request.dueDate,
    sla: slaOf(clock.cal, request, clock.today),
    assignedName,
    correctionNote: request.correctionNote,
    countersign: request.countersign,
    document,
    timeline: history.map((h) => ({
      at: h.at,
      status: h.toStatus as Status,
      event: h.event,
      note: h.note,
      by: h.actorName,
    })),
    actions,
    officers,
    canRevoke: can(actor, "revoke", request),
    needsNib: service.businessKind === "nib",
  };
  c.header("Cache-Control", "no-store");
  return render(
    c,
    `${request.reference} · ${service.name}`,
    <DetailPage
      t={t}
      locale={c.get("locale")}
      csrf={c.get("csrfToken")}
      view={view}
      notice={opts.notice}
      problem={opts.problem}
      errors={opts.errors ?? []}
    />,
    { status: opts.status },
  );
}

staffPages.get("/staf/layanan/permohonan/:id", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const showNik = c.req.query("nik") === "1" && can(actor, "act", request);
  if (showNik) {
    // Viewing a full NIK is an access to personal data (UU 27/2022): logged.
    await c.var.deps.db.transaction((tx) =>
      audit(tx, actor, {
        action: "service_request.view_nik",
        entity: "service_request",
        entityId: request.id,
        unitPath: request.unitPath,
      }),
    );
  }
  const ok = c.req.query("ok");
  return detail(c, actor, request, {
    showNik,
    notice: ok
      ? c.get("t")(`services.detail.ok.${ok === "tugas" ? "tugas" : ok === "cabut" ? "cabut" : "status"}`)
      : undefined,
  });
});

/** A refused step re-renders the page with the message, keeping the officer on the request. */
async function refused(
  c: Context<AppEnv>,
  actor: Actor,
  requestId: string,
  err: unknown,
  fieldOf: (f: string) => string = (f) => f,
) {
  if (!(err instanceof AppError) || err.status === 404 || err.status >= 500) throw err;
  const fresh = (await findRequestById(c.var.deps.db, requestId))!;
  const errors = err.describe(c.get("t")).fields.map((f) => ({ ...f, field: fieldOf(f.field) }));
  return detail(c, actor, fresh, {
    errors,
    problem: errors.length ? undefined : err.describe(c.get("t")).detail,
    status: err.status,
  });
}

staffPages.post("/staf/layanan/permohonan/:id/status", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const body = await c.req.parseBody();
  const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
  const to = str("to") as Status;
  try {
    await transitionRequest(
      c.var.deps,
      { kind: "staff", actor },
      {
        requestId: request.id,
        to,
        note: str("note"),
        version: Number(str("version")) || null,
        nib: str("nib"),
      },
    );
  } catch (err) {
    return refused(c, actor, request.id, err, (f) => (f === "note" ? `note-${to}` : f));
  }
  return c.redirect(`/staf/layanan/permohonan/${request.id}?ok=status`, 303);
});

staffPages.post("/staf/layanan/permohonan/:id/tugaskan", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const body = await c.req.parseBody();
  try {
    await assignRequest(c.var.deps, actor, {
      requestId: request.id,
      userId: typeof body.userId === "string" ? body.userId : "",
      version: Number(body.version) || null,
    });
  } catch (err) {
    return refused(c, actor, request.id, err);
  }
  return c.redirect(`/staf/layanan/permohonan/${request.id}?ok=tugas`, 303);
});

staffPages.post("/staf/layanan/permohonan/:id/cabut", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const body = await c.req.parseBody();
  try {
    await revokeLetter(c.var.deps, actor, {
      requestId: request.id,
      reason: typeof body.reason === "string" ? body.reason : "",
    });
  } catch (err) {
    return refused(c, actor, request.id, err);
  }
  return c.redirect(`/staf/layanan/permohonan/${request.id}?ok=cabut`, 303);
});

staffPages.get("/staf/layanan/permohonan/:id/lampiran/:att", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const att = (await attachmentsOf(c.var.deps.db, request.id)).find((a) => a.id === c.req.param("att"));
  if (!att?.fileSha256) throw new AppError("NOT_FOUND", c.get("t")("services.notFoundFile"));
  const file = await readStoredFile(c.var.deps, att.fileSha256, att.mime ?? "application/octet-stream");
  const ext = file.mime === "application/pdf" ? "pdf" : file.mime === "image/png" ? "png" : "jpg";
  // Named by the server, never by the uploader; attachment disposition, so nothing renders inline.
  return c.body(new Uint8Array(file.bytes), 200, {
    "content-type": file.mime,
    "content-disposition": `attachment; filename="${request.reference}-${att.docKey}.${ext}"`,
    "cache-control": "private, no-store",
  });
});

staffPages.get("/staf/layanan/permohonan/:id/surat.pdf", async (c) => {
  const actor = queueActor(c);
  const request = await readable(c, actor);
  const pdf = await requestPdf(c.var.deps, request);
  return c.body(new Uint8Array(pdf), 200, pdfHeaders(request.reference));
});

// ---------------------------------------------------------------------------- assisted digital (loket)
staffPages.get("/staf/layanan/loket", async (c) => {
  const t = c.get("t");
  const actor = requireActor(c);
  if (!can(actor, "file")) throw new AppError("FORBIDDEN", t("error.403.detail"));
  const services = await listServices(c.var.deps.db, { activeOnly: true });
  return render(
    c,
    t("services.counter.title"),
    <div class="col-lg-8">
      <h1 class="h3">{t("services.counter.title")}</h1>
      <p>{t("services.counter.lead")}</p>
      <ul class="list-group">
        {services.map((s) => (
          <li class="list-group-item">
            <a href={`/staf/layanan/loket/${s.code}`}>{s.name}</a>
          </li>
        ))}
      </ul>
      <p class="mt-3">
        <a href="/kios">{t("services.counter.kiosk")}</a>
      </p>
    </div>,
  );
});

mountApplyFlow(staffPages, {
  channel: "loket",
  formPath: (code) => `/staf/layanan/loket/${code}`,
  submitPath: (code) => `/staf/layanan/loket/${code}/kirim`,
  donePath: "/staf/layanan/loket/terkirim",
  againPath: "/staf/layanan/loket",
  againKey: "services.counter.again",
  bare: false,
  receiptSeconds: 600,
});
