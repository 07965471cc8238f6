package io.dataaggregator.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the test class against a server whose store is a throwaway database on the machine's
 * PostgreSQL (127.0.0.1:5432, user postgres), created for the class through {@code DAGG_DB_URL}'s
 * property and dropped after it, once the server is closed. Put it on a top-level class and the
 * contracts in {@code @Nested} classes: they share the server and the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TestDataDirectory.class, PostgresStore.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"it", "postgres"})
public @interface OnPostgres {}
