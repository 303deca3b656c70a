-- One stored form for phone numbers (src/platform/identifiers/phone.ts): E.164, "+62…". Rows written before
-- kept what was typed after removing spaces ("0812…" or "+62812…"); "62812…" is also normalised.
UPDATE employees SET phone = '+62' || substr(phone, 2) WHERE phone ~ '^0[0-9]{8,13}$';--> statement-breakpoint
UPDATE employees SET phone = '+' || phone WHERE phone ~ '^62[0-9]{8,13}$';
