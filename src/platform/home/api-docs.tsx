import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { render } from "../http/render";
import { ScrollRegion } from "../views/data-table";

type OpenApiDoc = { paths?: Record<string, Record<string, { summary?: string; tags?: string[] }>> };

/** A readable list of the API, server-rendered (no CDN script): the full contract is /api/openapi.json. */
export function renderApiDocs(c: Context<AppEnv>, doc: OpenApiDoc) {
  const rows = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      summary: op.summary ?? "",
      tag: op.tags?.[0] ?? "",
    })),
  );
  return render(
    c,
    "API",
    <>
      <h1 class="h3">SIGAP JSON API</h1>
      <p>
        Kontrak lengkap (OpenAPI 3.1): <a href="/api/openapi.json">/api/openapi.json</a>. Kesalahan dijawab
        sebagai <code>application/problem+json</code>.
      </p>
      <ScrollRegion label={"SIGAP JSON API"}>
        <table class="table table-sm">
          <thead>
            <tr>
              <th scope="col">Metode</th>
              <th scope="col">Alamat</th>
              <th scope="col">Kelompok</th>
              <th scope="col">Keterangan</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <code>{r.method}</code>
                </td>
                <td>
                  <code>{r.path}</code>
                </td>
                <td>{r.tag}</td>
                <td>{r.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>,
  );
}
