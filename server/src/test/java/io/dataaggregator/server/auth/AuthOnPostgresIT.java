package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnPostgres;

@OnPostgres
class AuthOnPostgresIT extends AuthApiContract {}
