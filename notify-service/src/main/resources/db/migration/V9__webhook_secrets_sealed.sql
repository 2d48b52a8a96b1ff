-- Webhook signing secrets are sealed at rest (docs/webhooks.md, "Secrets at rest and key rotation"): the chassis'
-- FieldCipher text, fc1:<key version>:<base64url(nonce | ciphertext | tag)>, about 110 characters for a whsec_
-- secret. The sealed text names its key, so no key-version column is needed. Secrets still in clear from before
-- are sealed by the re-seal job (SecretReseal), not here: the key is not in the database.
-- (V8 is another change's migration.)
ALTER TABLE webhook_subscription
    ALTER COLUMN secret TYPE varchar(400),
    ALTER COLUMN previous_secret TYPE varchar(400);
