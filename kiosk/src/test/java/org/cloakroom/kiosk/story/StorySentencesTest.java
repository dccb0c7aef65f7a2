package org.cloakroom.kiosk.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type the log records reads as a sentence from {@code messages/story}: a
 * type pinned in {@code audit/event-types.txt} without a sentence fails here, so no event
 * can be added without its words. Each sentence is tried on an event of its type as the
 * log writes it: every {@code [field]} is one of the event's details, and ids read as
 * names.
 */
class StorySentencesTest {

	private static final Pattern FIELD = Pattern.compile("\\[([A-Za-z]+)]");

	private static final Properties STORY = bundle();

	private final FakeNames names = new FakeNames();

	private final EventWords words = new EventWords(messages(), this.names);

	@Test
	void everyPinnedTypeHasASentence() {
		Set<String> pinned = pinnedTypes();
		assertThat(pinned).as("the pinned types read from audit/event-types.txt")
			.contains("PhonesCollected", "CheckInStarted")
			.hasSizeGreaterThan(50);
		Set<String> missing = new TreeSet<>(pinned);
		missing.removeIf((type) -> STORY.containsKey("story." + type));
		assertThat(missing).as("pinned event types without a sentence story.<type> in messages/story.properties")
			.isEmpty();
	}

	static List<Class<? extends AuditableEvent>> shipped() {
		return SampleEvents.shipped();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void everyFieldOfTheSentenceIsADetailOfTheEvent(Class<? extends AuditableEvent> type) {
		AuditEntry entry = SampleEvents.entry(SampleEvents.of(type));
		JsonNode details = JsonMapper.shared().readTree(entry.details());
		String sentence = STORY.getProperty("story." + entry.type());
		assertThat(sentence).as("story.%s", entry.type()).isNotBlank();
		Matcher field = FIELD.matcher(sentence);
		while (field.find()) {
			// [actedBy] tells the detail "by"
			boolean actedBy = field.group(1).equals("actedBy") && details.has("by");
			assertThat(details.has(field.group(1)) || Set.of("subject", "type").contains(field.group(1)) || actedBy)
				.as("[%s] of story.%s: the event's details are %s", field.group(1), entry.type(), details)
				.isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void everyEventReadsInWordsWithNamesNotIds(Class<? extends AuditableEvent> type) {
		AuditEntry entry = SampleEvents.entry(SampleEvents.of(type));
		JsonNode details = JsonMapper.shared().readTree(entry.details());

		String sentence = tell(entry);

		assertThat(sentence).as(entry.type())
			.isNotBlank()
			.doesNotContain("[", "]", "{", "employee:", "phone:", "locker:", entry.type())
			.doesNotContainPattern("\\b(employee|phone) \\d");
		if (details.hasNonNull("employeeId")) {
			assertThat(sentence).as(entry.type()).contains("Ada Lovelace");
		}
		if (details.hasNonNull("phoneId") || details.hasNonNull("phoneIds")) {
			assertThat(sentence).as(entry.type()).contains("Pixel 8");
		}
		if (details.hasNonNull("lockerId")) {
			assertThat(sentence).as(entry.type()).containsIgnoringCase("locker 7");
		}
	}

	@Test
	void aCheckInNamesThePhoneTheVerdictAndTheFlaggedAppWithItsSources() {
		CheckInStarted checkIn = (CheckInStarted) SampleEvents.of(CheckInStarted.class);
		CheckInStarted pixel = new CheckInStarted(EmployeeId.of(1),
				CheckInId.of(UUID.fromString("6f1c2b9e-0000-4000-8000-000000000002")), "badge",
				checkIn.phones()
					.stream()
					.map((phone) -> new PhoneAssessment(phone.phoneId(), "Pixel 8", phone.decision(), true, null,
							false))
					.toList(),
				null, SampleEvents.AT);

		assertThat(tell(SampleEvents.entry(pixel))).isEqualTo("Ada Lovelace identified by badge at the door · "
				+ "Pixel 8 must stay outside: WeChat (Executive Order 13943 2020, Amnesty International 2016)");
	}

	@Test
	void aCheckInSaysWhereBleHeardEachPhoneAndHowSureItWas() {
		CheckInStarted checkIn = (CheckInStarted) SampleEvents.of(CheckInStarted.class);
		PhoneAssessment must = checkIn.phones().get(0);
		CheckInStarted heard = new CheckInStarted(EmployeeId.of(1), checkIn.checkInId(), "badge", List.of(
				new PhoneAssessment(must.phoneId(), "Pixel 8", must.decision(), true, null, false, 12, 0.87,
						Zone.AT_DOOR),
				new PhoneAssessment(must.phoneId(), "Pixel 8", must.decision(), false, null, false, 9, 0.2, null)),
				null, SampleEvents.AT);

		assertThat(tell(SampleEvents.entry(heard))).contains("(heard at the door, confidence 87%)")
			.contains("(heard, but BLE could not place it: confidence 20%)");
	}

	@Test
	void timesReadAsTheTimeOfDayAndOtherDaysWithTheirDate() {
		AuditEntry reserved = entry("LockerReserved", "locker:7",
				"{\"at\":\"2026-11-23T08:12:30Z\",\"deadline\":\"2026-11-23T08:14:30Z\",\"lockerId\":7,\"sessionId\":12}");
		AuditEntry heldOpen = entry("LockerDoorHeldOpen", "locker:7",
				"{\"at\":\"2026-11-23T08:12:30Z\",\"lockerId\":7,\"openSince\":\"2026-11-22T23:59:00Z\",\"sessionId\":null,\"state\":\"FREE\"}");

		assertThat(tell(reserved)).isEqualTo("Locker 7 unlocked for storing until 08:14");
		assertThat(tell(heldOpen)).isEqualTo("Door of locker 7 held open since 2026-11-22 23:59");
	}

	@Test
	void anUnknownTypeOrAnOldShapeReadsAsTheTypeAndWhatItIsAbout() {
		assertThat(tell(entry("PhonesTeleported", "employee:1", "{\"to\":\"Mars\"}")))
			.isEqualTo("PhonesTeleported about Ada Lovelace");
		assertThat(tell(entry("PhonesStored", "locker:7", "not json"))).isEqualTo("PhonesStored about locker 7");
		assertThat(tell(entry("PhonesStored", "badge:000042", "{}"))).isEqualTo("— of — stored in locker —");
	}

	@Test
	void anEnrolmentNamesTheAdminWhoMadeItAndOneLoggedBeforeAdminsWereNamedStillReads() {
		AuditEntry named = entry("EmployeeEnrolled", "employee:1",
				"{\"badgeId\":\"100001\",\"by\":\"Dana Admin\",\"employeeId\":1,\"name\":\"Ada Lovelace\"}");
		AuditEntry old = entry("EmployeeEnrolled", "employee:1",
				"{\"badgeId\":\"100001\",\"employeeId\":1,\"name\":\"Ada Lovelace\"}");
		AuditEntry oldImport = entry("InventoriesImported", "mdm:intune",
				"{\"mdm\":\"intune\",\"inventories\":2,\"rows\":40,\"unmatchedRows\":0}");

		assertThat(tell(named)).isEqualTo("Ada Lovelace enrolled with badge 100001 by Dana Admin");
		assertThat(tell(old)).isEqualTo("Ada Lovelace enrolled with badge 100001");
		assertThat(tell(oldImport))
			.isEqualTo("Inventories imported from intune: 2 phones from 40 rows, 0 rows matched no phone");
	}

	@Test
	void anIdThatNamesNothingReadsAsWhatItIs() {
		AuditEntry declared = entry("PhoneDeclared", "phone:99",
				"{\"at\":\"2026-11-23T08:12:30Z\",\"carried\":false,\"employeeId\":9,\"phoneId\":99}");

		assertThat(tell(declared)).isEqualTo("Employee 9 said phone 99 is not with them");
	}

	@Test
	void aRenderingLooksEachNameUpOnce() {
		List<AuditEntry> entries = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			entries.add(SampleEvents.entry(new PhonesStored(StorageId.of(i + 1), EmployeeId.of(1), LockerId.of(7),
					Set.of(PhoneId.of(3)), SampleEvents.AT)));
		}

		List<StoryLine> lines = this.words.tell(entries);

		assertThat(lines).hasSize(1_000)
			.allSatisfy((line) -> assertThat(line.sentence()).isEqualTo("Pixel 8 of Ada Lovelace stored in locker 7"));
		assertThat(this.names.lookups).hasValue(3);
	}

	private String tell(AuditEntry entry) {
		return this.words.telling(Locale.ENGLISH).sentence(entry);
	}

	private static AuditEntry entry(String type, String subject, String details) {
		return new AuditEntry(7, SampleEvents.AT, type, subject, false, details, "0".repeat(64), "1".repeat(64));
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/story");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties bundle() {
		Properties properties = new Properties();
		try (InputStream in = StorySentencesTest.class.getResourceAsStream("/messages/story.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/**
	 * The live types of the pinned list: comments, blank lines and retired types left
	 * out.
	 */
	private static Set<String> pinnedTypes() {
		try (InputStream in = StorySentencesTest.class.getResourceAsStream("/audit/event-types.txt")) {
			Set<String> types = new TreeSet<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("retired "))
				.forEach(types::add);
			return Collections.unmodifiableSet(types);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
