import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { DataDirLockedError } from "./db/lock";
import { audit, verifyAuditChain } from "./platform/audit/audit";
import { systemActor } from "./platform/auth/actor";
import { clearLoginThrottles } from "./platform/auth/commands/login";
import { hashPassword, passwordProblem } from "./platform/auth/password";
import { users } from "./platform/auth/schema";
import { createUser } from "./platform/auth/users";
import { createLogger } from "./platform/logger";
import { units } from "./platform/org/schema";
import { resolveSecret } from "./platform/secret";
import { seedDemo, seedReference } from "./seed";

const HELP = `SIGAP — perintah operator

  npm run cli -- migrate                      jalankan migrasi database
  npm run cli -- seed-demo                    isi data demo (hanya bila database kosong)
  npm run cli -- create-admin <nama> [sandi]  buat akun admin sistem (sandi acak bila kosong)
  npm run cli -- reset-password <nama> [sandi] atur ulang kata sandi dan buka kunci akun
  npm run cli -- verify-audit                 periksa rantai hash log audit
  npm run cli -- backup <berkas>              cadangkan database tertanam (PGlite) ke .tar.gz

Konfigurasi dibaca dari variabel lingkungan yang sama dengan aplikasi (lihat .env.example).`;

const randomPassword = () => randomBytes(12).toString("base64url");

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
  const log = createLogger("warn");
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const deps = {
    db: database.db,
    dbKind: database.kind,
    config,
    log,
    secret: resolveSecret(config.secret, config.dataDir),
    now: () => new Date(),
  };
  try {
    switch (command) {
      case "migrate":
        await database.migrate();
        await seedReference(deps);
        console.log("Migrasi selesai.");
        return 0;
      case "seed-demo": {
        await database.migrate();
        await seedReference(deps);
        const [any] = await deps.db.select({ id: users.id }).from(users).limit(1);
        if (any) {
          console.error("Database sudah berisi pengguna; data demo tidak diisi.");
          return 1;
        }
        await seedDemo(deps);
        console.log("Data demo terisi. Akun demo memakai kata sandi demo-sigap-2026 (lihat README).");
        return 0;
      }
      case "create-admin": {
        const [username, given] = args;
        if (!username || !/^[a-z0-9._-]{3,40}$/.test(username)) {
          console.error(
            "Nama pengguna wajib: 3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
          );
          return 2;
        }
        const password = given ?? randomPassword();
        const problem = passwordProblem(password);
        if (problem) {
          console.error(problem);
          return 2;
        }
        await database.migrate();
        await seedReference(deps);
        const [root] = await deps.db.select().from(units).where(eq(units.kind, "kecamatan")).limit(1);
        if (!root) throw new Error("unit kecamatan belum ada");
        await deps.db.transaction(async (tx) => {
          const id = await createUser(tx, {
            username,
            displayName: username,
            password,
            grants: [{ role: "admin_sistem", unitId: root.id }],
          });
          await audit(tx, systemActor, {
            action: "user.create-admin",
            entity: "user",
            entityId: id,
            after: { username },
          });
        });
        console.log(
          `Admin "${username}" dibuat. Kata sandi: ${password}\nSaat masuk pertama, aktifkan verifikasi dua langkah (TOTP).`,
        );
        return 0;
      }
      case "reset-password": {
        const [username, given] = args;
        const password = given ?? randomPassword();
        const problem = passwordProblem(password);
        if (!username || problem) {
          console.error(problem ?? "Nama pengguna wajib.");
          return 2;
        }
        const updated = await deps.db.transaction(async (tx) => {
          const rows = await tx
            .update(users)
            .set({ passwordHash: await hashPassword(password) })
            .where(eq(users.username, username.toLowerCase()))
            .returning({ id: users.id });
          if (rows[0])
            await audit(tx, systemActor, {
              action: "user.reset-password",
              entity: "user",
              entityId: rows[0].id,
            });
          return rows.length;
        });
        if (updated) await clearLoginThrottles(deps.db, username);
        if (!updated) {
          console.error(`Pengguna "${username}" tidak ditemukan.`);
          return 1;
        }
        console.log(`Kata sandi "${username}" diatur ulang: ${password}`);
        return 0;
      }
      case "verify-audit": {
        const report = await verifyAuditChain(deps.db);
        if (report.ok) {
          console.log(`Rantai audit utuh: ${report.rows} baris diperiksa.`);
          return 0;
        }
        console.error(`Rantai audit RUSAK pada baris #${report.brokenSeq}: ${report.reason}.`);
        return 1;
      }
      case "backup": {
        const [file] = args;
        if (!file) {
          console.error("Sebutkan berkas tujuan, mis. backup sigap-2026-11-27.tar.gz");
          return 2;
        }
        if (database.kind !== "pglite") {
          console.error(
            'Untuk PostgreSQL gunakan pg_dump, mis.: pg_dump --format=custom "$DATABASE_URL" > sigap.dump',
          );
          return 2;
        }
        const dump = await database.dumpDataDir();
        writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
        console.log(`Cadangan ditulis ke ${file}. Salin juga folder ${config.dataDir}/files (lampiran).`);
        return 0;
      }
      default:
        console.error(`Perintah tidak dikenal: ${command}\n\n${HELP}`);
        return 2;
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(err.message);
    else console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
