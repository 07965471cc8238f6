package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnPostgres;

/** On an external store (production) the DEVELOPER role is off by default. */
@OnPostgres
class RoleWalkOnPostgresIT extends RoleWalkContract {}
