/** Names shared by the global setup and the per-file test databases. */
export const templateDbName = () => `sigap_tpl_${process.pid}`;

/** The maintenance database of the server in TEST_DATABASE_URL (to CREATE/DROP test databases). */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}
