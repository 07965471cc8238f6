package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code hash}: salted SHA-256 of fields, the salt read from an environment variable. */
@AutoService(Transform.class)
public final class HashTransform extends ContextualTransform<HashConfig> {
  static final int MIN_SALT = 16;

  @Override
  public TransformSpec<HashConfig> spec() {
    return new TransformSpec<>(
        "hash",
        "Hash personal data",
        "Replaces values by their SHA-256 keyed with a salt from an environment variable.",
        HashConfig.class);
  }

  @Override
  public Step create(HashConfig config, Schema input, StepContext context) {
    Fields.requireDistinct(config.fields(), "fields");
    int[] indexes = Fields.require(input, config.fields(), "fields");
    String salt = context.environment().apply(config.saltEnv());
    if (salt == null || salt.isEmpty()) {
      throw new StepConfigException(
          "salt_env",
          "salt_env: the environment variable "
              + config.saltEnv()
              + " is not set; hash needs a secret salt");
    }
    if (salt.length() < MIN_SALT) {
      throw new StepConfigException(
          "salt_env",
          "salt_env: the salt in "
              + config.saltEnv()
              + " has fewer than "
              + MIN_SALT
              + " characters, short enough to guess");
    }
    var fields = new ArrayList<>(input.fields());
    for (int index : indexes) {
      fields.set(index, fields.get(index).withType(DataType.STRING));
    }
    var key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    return new HashStep(new Schema(fields), indexes, mac(key));
  }

  private static Mac mac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The bytes hashed for a value: its text, plain digits for decimals, raw bytes for bytes. */
  static byte[] bytesOf(Object value) {
    return switch (value) {
      case byte[] b -> b;
      case BigDecimal d -> d.toPlainString().getBytes(StandardCharsets.UTF_8);
      default -> value.toString().getBytes(StandardCharsets.UTF_8);
    };
  }

  private record HashStep(Schema output, int[] indexes, Mac mac) implements Step {
    @Override
    public Batch apply(Batch input) {
      var hex = HexFormat.of();
      var rows = new ArrayList<Object[]>(input.size());
      for (Object[] row : input.rows()) {
        Object[] hashed = row.clone();
        for (int index : indexes) {
          if (hashed[index] != null) {
            hashed[index] = hex.formatHex(mac.doFinal(bytesOf(hashed[index])));
          }
        }
        rows.add(hashed);
      }
      return input.withRows(output, rows);
    }
  }
}
