package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RestoreMarkerTest {

	static final Instant RESTORED_AT = Instant.parse("2026-12-07T09:15:42Z");

	static final RestoreMarker LOST = new RestoreMarker("cloakroom-20261207-023000.zip", 120, 187L,
			Instant.parse("2026-12-07T08:59:10.250Z"), "/var/log/cloakroom/checkpoints/beyond-restore-20261207-091542",
			RESTORED_AT, "dana");

	@TempDir
	Path data;

	@Test
	void aMarkerIsWrittenForItsOwnerAloneAndReadsBackAsItWasWritten() throws IOException {
		Path file = LOST.writeInto(this.data);

		assertThat(file).isEqualTo(this.data.resolve("restored-20261207-091542.properties"));
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(this.data.toFile().list()).as("no temporary file left")
			.containsExactly(file.getFileName().toString());
		assertThat(RestoreMarker.read(file)).isEqualTo(LOST);
		assertThat(Files.readString(file)).contains("lost-to-sequence=187", "restored-at=2026-12-07T09\\:15\\:42Z");
	}

	@Test
	void aRestoreThatLostNothingHasNoLostFieldsAndAnUnknownOperatorNone() throws IOException {
		RestoreMarker nothingLost = new RestoreMarker("cloakroom-20261207-023000.zip", 120, null, null, null,
				RESTORED_AT, null);

		Path file = nothingLost.writeInto(this.data);

		assertThat(RestoreMarker.read(file)).isEqualTo(nothingLost);
		assertThat(RestoreMarker.read(file).lostEntries()).isFalse();
		assertThat(Files.readString(file)).doesNotContain("lost-", "checkpoints-moved-to", "by=");
	}

	@Test
	void twoRestoresInOneSecondLeaveTwoMarkers() throws IOException {
		Path first = LOST.writeInto(this.data);
		Path second = LOST.writeInto(this.data);

		assertThat(second).isEqualTo(this.data.resolve("restored-20261207-091542-2.properties"));
		assertThat(first).exists();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			chain-head-sequence  | x12       | the field chain-head-sequence 'x12' is not a number
			backup               | ''        | the field backup is missing
			restored-at          | ''        | the field restored-at is missing
			restored-at          | yesterday | the field restored-at 'yesterday' is not a time
			lost-to-sequence     | 90        | the field lost-to-sequence is not after chain-head-sequence 120
			checkpoints-moved-to | ''        | must be given all or none
			""")
	void aMalformedMarkerIsRefusedNamingTheFileAndTheField(String field, String value, String message)
			throws IOException {
		Path file = LOST.writeInto(this.data);
		Files.writeString(file, Files.readString(file).replaceAll("(?m)^" + field + "=.*$", field + "=" + value));

		assertThatIllegalArgumentException().isThrownBy(() -> RestoreMarker.read(file))
			.withMessageStartingWith(file + ": ")
			.withMessageContaining(message);
	}

}
