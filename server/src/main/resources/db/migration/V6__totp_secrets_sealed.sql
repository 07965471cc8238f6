-- TOTP secrets are stored sealed (AES-256-GCM with the server key, see secret/SecretCipher): about
-- 100 characters instead of 32. V7 (auth/TotpSecrets, a Java migration) seals the values stored in
-- plain text before.
ALTER TABLE users ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(500);
ALTER TABLE users ALTER COLUMN totp_pending_secret SET DATA TYPE VARCHAR(500);
