package org.cloakroom.kiosk.ble.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The converters from the shared data sets' files into labelled recordings. */
class DataSetConvertersTest {

	@TempDir
	Path folder;

	@Test
	void pcNgSplitsByReceiverNamesThePairAndSpreadsCoarseTimes() throws IOException {
		Path file = gzip("RSS_humanHP.csv.gz", """
				device,elapsed,rss,mRSS10,mRSS100,dist,label
				gryphonelab,10.0,-53,-53,-53,20,1
				gryphonelab,10.1,-54,-53,-53,20,1
				HTC One M9,12800,-72,-72,-72,100,1
				HTC One M9,12800,-71,-72,-72,100,1
				HTC One M9,12800,-70,-72,-72,100,1
				HTC One M9,12900,-69,-72,-72,300,1
				""");
		List<Recording> recordings = PcNgRecordings.read(file, "HP");
		assertThat(recordings).extracting(Recording::of)
			.containsExactly(new Case("pc-ng", "HP", "gryphonelab", "HTC One M9"),
					new Case("pc-ng", "HP", "HTC One M9", "gryphonelab"));
		// gryphonelab tunes, the HTC scores
		assertThat(recordings).extracting(Recording::scoring).containsExactly(false, true);
		Recording htc = recordings.get(1);
		// three packets stamped 12800 s share the 100 s to the next stamp
		assertThat(htc.times()).containsExactly(12_800_000, 12_833_333, 12_866_666, 12_900_000);
		List<TraceEntry> trace = htc.traceEntries().toList();
		assertThat(trace.get(0).label().scenario()).isEqualTo("pc-ng HP");
		assertThat(trace.get(0).label().device()).isEqualTo("HTC One M9<-gryphonelab");
		assertThat(trace.get(0).label().distanceM()).isEqualTo(1.0);
		assertThat(trace.get(0).label().zone()).isEqualTo(Zone.AT_DOOR);
		assertThat(trace.get(3).label().zone()).isEqualTo(Zone.NEAR);
		assertThat(trace.get(3).advertisement().rssi()).isEqualTo(-69);
	}

	@Test
	void heraldReadsDecimalRssiAndSpreadsPacketsOverTheirSecond() throws IOException {
		Path file = gzip("20210104-1422-A.csv.gz", """
				time,rssi,distance
				2021-01-04 14:22:00,-54.0,20
				2021-01-04 14:22:00,-55.4,20
				2021-01-04 14:22:01,-60.6,25
				""");
		Recording recording = HeraldRecordings.read(file, new Case("Herald", "rig", "Google Pixel 2", "Samsung A20"),
				true);
		long second = recording.times()[0] - 250;
		assertThat(recording.times()).containsExactly(second + 250, second + 750, second + 1500);
		assertThat(recording.rssis()).containsExactly(-54, -55, -61);
		assertThat(recording.distancesCm()).containsExactly(20, 20, 25);
	}

	@Test
	void refusesANumberThatIsNotOneNamingFileLineAndColumn() throws IOException {
		Path file = gzip("RSS_humanHH.csv.gz", """
				device,elapsed,rss,mRSS10,mRSS100,dist,label
				gryphonelab,10.0,-53,-53,-53,20,1
				gryphonelab,10.1,loud,-53,-53,20,1
				""");
		assertThatIllegalArgumentException().isThrownBy(() -> PcNgRecordings.read(file, "HH"))
			.withMessageContaining("RSS_humanHH.csv.gz line 3, column 'rss': 'loud' is not a number");
	}

	@Test
	void aMissingDataSetFolderIsNamed() {
		Path missing = this.folder.resolve("nowhere");
		assertThatIllegalStateException().isThrownBy(() -> Evaluation.of(missing))
			.withMessageContaining(missing.toString())
			.withMessageContaining("-Dcloakroom.datasets");
	}

	private Path gzip(String name, String text) throws IOException {
		Path file = this.folder.resolve(name);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

}
