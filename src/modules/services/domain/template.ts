/**
 * The output document of a service as data (SPEC §3.4 "the output document template"): a title, an opening
 * line, the rows of the "data" block, the body paragraphs and a closing line. Placeholders `{…}` name the
 * applicant's data (`{applicant.name}`), an answer (`{fields.usaha_nama}`) or the office (`{office.name}`).
 * Values are inserted as plain text: the PDF draws them literally, so markup in an answer stays visible text.
 */
export type LetterTemplate = {
  title: string;
  opening: string;
  rows: { label: string; value: string }[];
  body: string[];
  closing: string;
};

export type TemplateData = Record<string, string | undefined>;

const PLACEHOLDER = /\{([a-zA-Z_.]+)\}/g;

export function fillText(text: string, data: TemplateData): string {
  return text.replace(PLACEHOLDER, (_m, key: string) => data[key] ?? "—");
}

export function fillTemplate(tpl: LetterTemplate, data: TemplateData) {
  return {
    title: fillText(tpl.title, data),
    paragraphs: [fillText(tpl.opening, data), ...tpl.body.map((p) => fillText(p, data))],
    fields: tpl.rows
      .map((r) => ({ label: fillText(r.label, data), value: fillText(r.value, data) }))
      .filter((r) => r.value.trim() !== "" && r.value !== "—"),
    closing: fillText(tpl.closing, data),
  };
}

/** Placeholders a template uses, for checking an edited template against the service's fields. */
export const placeholdersOf = (tpl: LetterTemplate): string[] => [
  ...new Set(
    [
      tpl.title,
      tpl.opening,
      tpl.closing,
      ...tpl.body,
      ...tpl.rows.flatMap((r) => [r.label, r.value]),
    ].flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1]!)),
  ),
];
