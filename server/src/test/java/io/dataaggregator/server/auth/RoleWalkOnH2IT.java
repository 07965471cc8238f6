package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnH2;

/** On the embedded store the DEVELOPER role is on by default. */
@OnH2
class RoleWalkOnH2IT extends RoleWalkContract {}
