package io.dataaggregator.server.schedule;

import java.sql.DatabaseMetaData;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.JobStoreType;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Quartz as the schedules need it: clustered on the metadata store (tables from {@code
 * V40__quartz.sql}), so several server instances share the triggers and each fire happens on one of
 * them. Our defaults come first; {@code spring.quartz.properties.*} settings win over them, except
 * the job store class.
 */
@Configuration(proxyBeanMethods = false)
class QuartzConfig {
  @Bean
  SchedulerFactoryBeanCustomizer clusteredJobStore(QuartzProperties quartz, DataSource dataSource) {
    return factory -> {
      if (quartz.getJobStoreType() != JobStoreType.JDBC) {
        return;
      }
      Properties p = new Properties();
      p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
      // JobDataMaps as strings: no Java deserialization of what is in the database.
      p.setProperty("org.quartz.jobStore.useProperties", "true");
      p.setProperty("org.quartz.threadPool.threadCount", "4");
      p.setProperty("org.quartz.jobStore.driverDelegateClass", delegateFor(dataSource));
      p.putAll(quartz.getProperties());
      p.setProperty("org.quartz.jobStore.class", ClusterJobStore.class.getName());
      factory.setQuartzProperties(p);
    };
  }

  /** PostgreSQL stores Quartz's binary columns as BYTEA and needs its delegate; H2 the standard. */
  static String delegateFor(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return product.toLowerCase().contains("postgres")
          ? PostgreSQLDelegate.class.getName()
          : StdJDBCDelegate.class.getName();
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the metadata store is", e);
    }
  }
}
