package org.cloakroom.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretFilesTest {

	@TempDir
	Path temp;

	@Test
	void aNewSecretIsWrittenOwnerOnlyAndReadBackOnTheNextStart() throws Exception {
		Path dir = this.temp.resolve("secrets");
		SecretFiles secrets = new SecretFiles(new SecretsProperties(dir));
		AtomicInteger generated = new AtomicInteger();

		String first = secrets.readOrCreate("audit-chain.key", () -> "s3cret-" + generated.incrementAndGet());
		String again = new SecretFiles(new SecretsProperties(dir)).readOrCreate("audit-chain.key",
				() -> "s3cret-" + generated.incrementAndGet());

		assertThat(first).isEqualTo("s3cret-1").isEqualTo(again);
		assertThat(generated).hasValue(1);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit-chain.key"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
		assertThat(Files.list(dir)).containsExactly(dir.resolve("audit-chain.key"));
	}

	@Test
	void aSecretOthersMayReadIsRefusedNamingTheFileAndTheFix() throws Exception {
		SecretFiles secrets = new SecretFiles(new SecretsProperties(this.temp));
		Path file = this.temp.resolve("kiosk.token");
		Files.writeString(file, "token\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertThatIllegalStateException().isThrownBy(() -> secrets.read("kiosk.token"))
			.withMessageContaining(file.toString())
			.withMessageContaining("rw-r--r--")
			.withMessageContaining("chmod 600")
			.withMessageNotContaining("token\n");
	}

	@Test
	void aMissingSecretIsEmptyAndANameCannotLeaveTheDirectory() {
		SecretFiles secrets = new SecretFiles(new SecretsProperties(this.temp));

		assertThat(secrets.read("absent")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> secrets.path("../etc/passwd"))
			.withMessageContaining("../etc/passwd");
	}

	@Test
	void randomTokensAreUrlSafeAndDiffer() {
		String one = SecretFiles.randomToken(32);

		assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(SecretFiles.randomToken(32));
	}

}
