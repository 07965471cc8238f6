-- Webhook signing secrets are stored sealed (AES-256-GCM with the server key, see
-- secret/SecretCipher): a 500-character secret takes up to about 2,100 characters sealed. V52
-- (alert/WebhookSecrets, a Java migration) seals the values stored in plain text before.
ALTER TABLE alert_rules ALTER COLUMN webhook_secret SET DATA TYPE VARCHAR(4000);
