package org.cloakroom.kiosk.enrolment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

/**
 * The import preview says per phone what the import would record against its current
 * inventory, and writes nothing: no row, no event; the import of the same file then
 * records exactly that.
 */
class InventoryImportPreviewIT extends EnrolmentModuleSupport {

	private static final String CSV = """
			device,platform,app_id
			R58N91ABC,ANDROID,com.tencent.mm
			R58N91ABC,ANDROID,com.whatsapp
			356938035643809,IOS,com.apple.Keynote
			UNKNOWN-1,IOS,com.tencent.xin
			""";

	@Autowired
	Enrolment enrolment;

	@Autowired
	InventoryImport imports;

	@Autowired
	PhoneRegistry registry;

	private PhoneRef pixel;

	private PhoneRef iphone;

	@BeforeEach
	void twoPhonesOneDeclared() {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada Lovelace", "B-1001", "2468", "dana");
		this.pixel = this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID,
				new DeviceIds("R58N91ABC", null, null, null), "dana");
		this.iphone = this.enrolment.enrolPhone(ada.id(), "iPhone", Platform.IOS,
				new DeviceIds(null, "356938035643809", null, null), "dana");
		this.enrolment.declareInventory(this.pixel.id(), Set.of("com.whatsapp", "org.signal"), "dana");
	}

	@Test
	void saysWhatEachPhonesInventoryWouldBecomeAndWritesNothing(PublishedEvents events) {
		long inventories = count("app_inventory");
		long items = count("app_inventory_item");

		InventoryImportPreview preview = this.imports.preview(MdmFormat.GENERIC_CSV, "acme", csv(CSV));

		assertThat(preview.mdm()).isEqualTo("acme");
		assertThat(preview.rows()).isEqualTo(4);
		assertThat(preview.unmatchedRows()).isEqualTo(1);
		assertThat(preview.unmatched()).extracting(InventoryImportResult.Unmatched::device)
			.containsExactly("device UNKNOWN-1");
		assertThat(preview.phones()).containsExactly(
				new InventoryImportPreview.PhoneChange(this.pixel.id(), "Pixel", Platform.ANDROID, false,
						List.of("com.tencent.mm", "com.whatsapp"), List.of("com.tencent.mm"), List.of("org.signal"),
						Instant.parse(START)),
				new InventoryImportPreview.PhoneChange(this.iphone.id(), "iPhone", Platform.IOS, false,
						List.of("com.apple.Keynote"), List.of("com.apple.Keynote"), List.of(), null));
		assertThat(preview.fileSha256()).hasSize(64);
		assertThat(count("app_inventory")).isEqualTo(inventories);
		assertThat(count("app_inventory_item")).isEqualTo(items);
		assertThat(events.ofType(InventoryRecorded.class)).isEmpty();
		assertThat(events.ofType(InventoriesImported.class)).isEmpty();
		assertThat(this.registry.currentInventory(this.pixel.id()).orElseThrow().appIds())
			.containsExactlyInAnyOrder("com.whatsapp", "org.signal");
	}

	@Test
	void theImportOfTheSameFileRecordsWhatThePreviewSaidNamingTheAdmin(PublishedEvents events) {
		InventoryImportPreview preview = this.imports.preview(MdmFormat.GENERIC_CSV, "acme", csv(CSV));

		this.imports.importFile(MdmFormat.GENERIC_CSV, "acme", csv(CSV), "dana");

		for (InventoryImportPreview.PhoneChange phone : preview.phones()) {
			assertThat(this.registry.currentInventory(phone.phoneId()).orElseThrow().appIds())
				.containsExactlyInAnyOrderElementsOf(phone.apps());
		}
		assertThat(events.ofType(InventoriesImported.class)).singleElement().satisfies((imported) -> {
			assertThat(imported.by()).isEqualTo("dana");
			assertThat(imported.fileSha256()).isEqualTo(preview.fileSha256());
		});
		assertThat(
				events.ofType(InventoryRecorded.class).matching((recorded) -> recorded.source() == InventorySource.MDM))
			.allSatisfy((recorded) -> assertThat(recorded.by()).isEqualTo("dana"));
	}

	@Test
	void aBadFileIsRefusedAsTheImportWouldRefuseIt() {
		assertRefusal(InventoryImportRejected.class,
				() -> this.imports.preview(MdmFormat.GENERIC_CSV, null,
						csv("device,platform,app_id\nR58N91ABC,IOS,x\n")))
			.contains("nothing was written")
			.contains("line 2");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
