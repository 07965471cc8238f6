package io.dataaggregator.server.schedule;

import io.dataaggregator.server.run.RunLauncher;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only auto-configuration (listed in src/test/resources/META-INF/spring): supplies the {@link
 * RecordingRunLauncher} test double to every server the tests start, unless a real {@link
 * RunLauncher} exists. Auto-configurations run after the application's beans, so the condition sees
 * the runs feature's launcher once it is merged.
 */
@AutoConfiguration
public class RecordingRunLauncherConfig {
  @Bean
  @ConditionalOnMissingBean(RunLauncher.class)
  RecordingRunLauncher recordingRunLauncher(JdbcClient jdbc) {
    return new RecordingRunLauncher(jdbc);
  }
}
