package io.dataaggregator.server.user;

import io.dataaggregator.server.testing.OnPostgres;

@OnPostgres
class UsersOnPostgresIT extends UsersApiContract {}
