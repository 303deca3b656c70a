import type { Child } from "hono/jsx";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate } from "../../../platform/i18n/format";
import { ScrollRegion } from "../../../platform/views/data-table";
import type { JpSummary } from "../queries/jp";

const BADGE: Record<string, string> = {
  menunggu: "text-bg-warning",
  ditolak: "text-bg-secondary",
  terdaftar: "text-bg-primary",
  daftar_tunggu: "text-bg-info",
  batal: "text-bg-secondary",
  lulus: "text-bg-success",
  tidak_lulus: "text-bg-danger",
  dibuka: "text-bg-success",
  ditutup: "text-bg-secondary",
  selesai: "text-bg-dark",
  dibatalkan: "text-bg-secondary",
  diajukan: "text-bg-warning",
  diverifikasi: "text-bg-success",
  tercapai: "text-bg-success",
  tertinggal: "text-bg-danger",
  tanpa_target: "text-bg-secondary",
};

export function StatusBadge({ t, status }: { t: T; status: string }) {
  return (
    <span class={`badge ${BADGE[status] ?? "text-bg-secondary"}`}>{t(`training.status.${status}`)}</span>
  );
}

export const dateRange = (start: string, end: string, locale: Locale) =>
  start === end ? formatDate(start, locale) : `${formatDate(start, locale)} – ${formatDate(end, locale)}`;

/** Earned JP against the target as a labelled progress bar (SPEC §4.4). */
export function JpProgress({
  t,
  summary,
  who,
}: {
  t: T;
  summary: Pick<JpSummary, "earned" | "target" | "year" | "state">;
  who?: string;
}) {
  const pct = summary.target > 0 ? Math.min(100, Math.round((summary.earned / summary.target) * 100)) : 100;
  const label = t("training.jp.progress", {
    earned: summary.earned,
    target: summary.target,
    year: summary.year,
  });
  return (
    <div class="mb-3">
      <p class="mb-1">
        <strong class="fs-4">{summary.earned} JP</strong>{" "}
        {summary.target > 0
          ? t("training.jp.ofTarget", { target: summary.target, year: summary.year })
          : t("training.jp.noTarget")}{" "}
        <StatusBadge t={t} status={summary.state} />
      </p>
      {summary.target > 0 && (
        <div
          class="progress"
          role="progressbar"
          aria-label={who ? `${who}: ${label}` : label}
          aria-valuenow={summary.earned}
          aria-valuemin={0}
          aria-valuemax={summary.target}
        >
          <div
            class={`progress-bar ${summary.state === "tercapai" ? "bg-success" : "bg-sigap"}`}
            style={`width: ${pct}%`}
          />
        </div>
      )}
      {summary.state === "tertinggal" && (
        <p class="small mt-1 mb-0">{t("training.jp.remaining", { n: summary.target - summary.earned })}</p>
      )}
    </div>
  );
}

export function Empty({ children }: { children: string }) {
  return <p class="text-body-secondary">{children}</p>;
}

/**
 * A table that scrolls sideways on narrow screens (360 px): the scrolling region is focusable and named so
 * keyboard users can scroll it, and the caption names the table for screen readers.
 */
export function ScrollTable({
  label,
  align,
  children,
}: {
  label: string;
  align?: "align-middle" | "align-top";
  children: Child;
}) {
  return (
    <ScrollRegion label={label}>
      <table class={align ? `table table-sm ${align}` : "table table-sm"}>
        <caption class="visually-hidden">{label}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}
