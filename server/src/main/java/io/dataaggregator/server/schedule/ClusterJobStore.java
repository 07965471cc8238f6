package io.dataaggregator.server.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.SchedulerConfigException;
import org.quartz.impl.jdbcjobstore.JobStoreCMT;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Quartz's JDBC job store on the server's Spring-managed {@link DataSource}, joining Spring
 * transactions: creating a schedule and its trigger commit or roll back together. It does what
 * Spring's {@code LocalDataSourceJobStore} does with one difference: Quartz keeps connection
 * providers in a JVM-wide registry by name, and Spring names them after the scheduler, which every
 * instance of a cluster shares. Two servers in one JVM (tests, embedding) would then take each
 * other's database; here each store registers under a name of its own.
 *
 * <p>Created by Quartz (named in {@code org.quartz.jobStore.class}) while Spring's {@link
 * SchedulerFactoryBean} builds the scheduler, which is when the data source is handed over.
 */
public class ClusterJobStore extends JobStoreCMT {
  private DataSource dataSource;

  @Override
  public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler)
      throws SchedulerConfigException {
    dataSource = SchedulerFactoryBean.getConfigTimeDataSource();
    if (dataSource == null) {
      throw new SchedulerConfigException("No data source: the schedules need the JDBC job store");
    }
    DataSource nonTransactional = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
    DataSource plain = nonTransactional != null ? nonTransactional : dataSource;
    String name = "dagg-" + UUID.randomUUID();
    DataSource managed = dataSource;
    register("tx." + name, () -> DataSourceUtils.doGetConnection(managed));
    register("nontx." + name, plain::getConnection);
    setDataSource("tx." + name);
    setNonManagedTXDataSource("nontx." + name);
    setDontSetAutoCommitFalse(true); // Spring's transactions decide about commits
    super.initialize(loadHelper, signaler);
  }

  @Override
  protected void closeConnection(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource); // not closed while in a transaction
  }

  private static void register(String name, ConnectionSource source) {
    DBConnectionManager.getInstance()
        .addConnectionProvider(
            name,
            new ConnectionProvider() {
              @Override
              public Connection getConnection() throws SQLException {
                return source.get();
              }

              @Override
              public void shutdown() {
                // the pool belongs to Spring
              }

              @Override
              public void initialize() {
                // nothing to set up
              }
            });
  }

  @FunctionalInterface
  private interface ConnectionSource {
    Connection get() throws SQLException;
  }
}
