package io.dataaggregator.server.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.server.system.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {
  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void sealsWithAFreshNonceAndOpensForTheSameContextOnly() {
    var cipher = new SecretCipher(key(7));
    String a = cipher.seal("hunter2", "connection:1:/password");
    String b = cipher.seal("hunter2", "connection:1:/password");
    assertThat(a)
        .startsWith(SecretCipher.PREFIX + cipher.keyId() + ":")
        .doesNotContain("hunter2")
        .isNotEqualTo(b);
    assertThat(cipher.open(a, "connection:1:/password")).isEqualTo("hunter2");
    assertThatThrownBy(() -> cipher.open(a, "connection:2:/password"))
        .isInstanceOf(SecretCipher.SecretUnreadableException.class)
        .hasMessageContaining("another connection");
  }

  @Test
  void aStoredValueOpensWhenSealedAndAPlainOneFromBeforeEncryptionReadsAsItIs() {
    var cipher = new SecretCipher(key(3));
    String sealed = cipher.seal("JBSWY3DPEHPK3PXP", "user:1:totp");
    assertThat(cipher.openStored(sealed, "user:1:totp")).isEqualTo("JBSWY3DPEHPK3PXP");
    assertThat(cipher.openStored("JBSWY3DPEHPK3PXP", "user:1:totp")).isEqualTo("JBSWY3DPEHPK3PXP");
    assertThat(cipher.openStored(null, "user:1:totp")).isNull();
    assertThatThrownBy(() -> cipher.openStored(sealed, "user:2:totp"))
        .isInstanceOf(SecretCipher.SecretUnreadableException.class)
        .hasMessageNotContaining("JBSWY3DPEHPK3PXP");
  }

  @Test
  void aValueSealedWithAnotherKeySaysSoAndAnAlteredOneFails() {
    String sealed = new SecretCipher(key(1)).seal("s3cret", "c");
    assertThatThrownBy(() -> new SecretCipher(key(2)).open(sealed, "c"))
        .hasMessageContaining("another key")
        .hasMessageNotContaining("s3cret");
    var cipher = new SecretCipher(key(1));
    String tampered =
        sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThatThrownBy(() -> cipher.open(tampered, "c"))
        .isInstanceOf(SecretCipher.SecretUnreadableException.class);
  }

  @Test
  void keyComesFromTheSettingOrAnOwnerOnlyFileMadeOnce(@TempDir Path dir) throws Exception {
    var data = DataDirectory.open(dir.toString());
    byte[] first = SecretKeyFile.load(null, data);
    assertThat(first).hasSize(32);
    assertThat(SecretKeyFile.load("", data)).isEqualTo(first);
    Path file = dir.resolve(SecretKeyFile.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SecretKeyFile.FILE);
    }
    String configured = Base64.getEncoder().encodeToString(key(9));
    assertThat(SecretKeyFile.load(configured, data)).isEqualTo(key(9));
  }

  @Test
  void aConfiguredKeyOfTheWrongSizeStopsTheServerWithAClearMessage(@TempDir Path dir) {
    var data = DataDirectory.open(dir.toString());
    assertThatThrownBy(
            () -> SecretKeyFile.load(Base64.getEncoder().encodeToString(new byte[16]), data))
        .hasMessageContaining("DAGG_SECRET_KEY")
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> SecretKeyFile.load("not base64 !", data))
        .hasMessageContaining("base64");
  }
}
