package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnPostgres;

@OnPostgres
class TotpAndApiKeysOnPostgresIT extends TotpAndApiKeysContract {}
