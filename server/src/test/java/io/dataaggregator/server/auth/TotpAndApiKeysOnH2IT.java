package io.dataaggregator.server.auth;

import io.dataaggregator.server.testing.OnH2;

@OnH2
class TotpAndApiKeysOnH2IT extends TotpAndApiKeysContract {}
