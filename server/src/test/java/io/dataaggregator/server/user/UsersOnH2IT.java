package io.dataaggregator.server.user;

import io.dataaggregator.server.testing.OnH2;

@OnH2
class UsersOnH2IT extends UsersApiContract {}
