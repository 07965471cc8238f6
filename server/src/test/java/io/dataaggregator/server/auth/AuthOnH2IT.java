package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnH2;

@OnH2
class AuthOnH2IT extends AuthApiContract {}
