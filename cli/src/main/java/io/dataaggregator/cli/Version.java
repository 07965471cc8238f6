package io.dataaggregator.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Dagg.class.getPackage().getImplementationVersion();
    return new String[] {"dagg " + (v == null ? "development build" : v)};
  }
}
