package org.cloakroom.kiosk.harness;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * The soak's three kinds of client, each one round of what it does at a real door:
 * employees checking in, storing and collecting; an officer watching the log and
 * verifying the chain; an admin editing the catalogue, granting exemptions and taking a
 * locker out of service.
 */
final class SoakTraffic {

	/** The demo cast: badge and PIN. */
	private static final List<String[]> CAST = List.of(new String[] { "100001", "1111" },
			new String[] { "100002", "2222" }, new String[] { "100003", "3333" }, new String[] { "100004", "4444" },
			new String[] { "100005", "5555" });

	static final String SOAK_ENTRY = """
			{"id": "soak-app", "name": "Soak %d", "publisher": "Soak Ltd", "severity": "WARN",
			 "reason": "it is only here for the soak",
			 "identifiers": [{"platform": "ANDROID", "identifier": "org.soak.app"}],
			 "sources": [{"title": "The soak", "published": "2026-01-01", "url": "https://example.org/soak"}]}""";

	private final Random random;

	SoakTraffic(long seed) {
		this.random = new Random(seed);
	}

	/** Check in (answering the kiosk's questions), store, then collect. */
	void kiosk(SoakClient client) throws InterruptedException {
		String[] who = CAST.get(this.random.nextInt(CAST.size()));
		String identify = "{\"badgeId\": \"" + who[0] + "\", \"pin\": \"" + who[1] + "\"}";
		if (this.random.nextInt(10) == 0) {
			client.post("/api/v1/kiosk/identify", identify);
			client.get("/api/v1/kiosk/screen");
			client.post("/api/v1/kiosk/reset", null);
			return;
		}
		Optional<JsonNode> visit = client.post("/api/v1/checkins", identify);
		for (int i = 0; i < 4 && stage(visit).equals("ANSWER_QUESTIONS"); i++) {
			String id = visit.get().get("id").asString();
			for (JsonNode phone : visit.get().get("phones")) {
				if (phone.path("needsAnswer")
					.asBoolean(phone.get("carried").isNull() && phone.get("mustStore").asBoolean()
							&& !phone.get("seenNearby").asBoolean())) {
					visit = client.post("/api/v1/checkins/" + id + "/answers",
							"{\"phoneId\": " + phone.get("phoneId").asLong() + ", \"carried\": true}");
				}
			}
		}
		if (!stage(visit).equals("READY_TO_STORE")) {
			return;
		}
		String id = visit.get().get("id").asString();
		visit = client.post("/api/v1/checkins/" + id + "/store", null);
		if (stage(visit).equals("LOCKER_OPEN")) {
			openAndClose(client, visit.get().get("storage").get("lockerId").asInt());
			client.get("/api/v1/checkins/" + id);
			Optional<JsonNode> collection = client.post("/api/v1/collections", identify);
			if (collection.isPresent()) {
				openAndClose(client, collection.get().get("lockerId").asInt());
				client.get("/api/v1/collections/" + collection.get().get("storageId").asLong());
			}
		}
	}

	private static void openAndClose(SoakClient client, int locker) throws InterruptedException {
		client.post("/api/v1/simulation/lockers/" + locker + "/door", "{\"open\": true}");
		client.post("/api/v1/simulation/lockers/" + locker + "/door", "{\"open\": false}");
	}

	private static String stage(Optional<JsonNode> visit) {
		return visit.map((view) -> view.path("stage").asString("")).orElse("");
	}

	/**
	 * The console page, the newest events, a subject's events, now and then a
	 * verification.
	 */
	void officer(SoakClient client) throws InterruptedException {
		client.get("/officer");
		Optional<JsonNode> latest = client.get("/api/v1/audit/events?limit=50");
		if (latest.isPresent() && latest.get().size() > 0) {
			long newest = latest.get().get(0).path("sequence").asLong(1);
			client.get("/api/v1/audit/events?after=" + Math.max(0, newest - 20) + "&limit=20");
		}
		client.get("/api/v1/storages");
		if (this.random.nextInt(20) == 0) {
			client.get("/api/v1/audit/verification");
		}
	}

	/**
	 * A catalogue edit, an exemption granted and revoked, a locker out of and back in
	 * service.
	 */
	void admin(SoakClient client) throws InterruptedException {
		client.put("/api/v1/catalogue/entries/soak-app", SOAK_ENTRY.formatted(this.random.nextInt(1000)));
		client.get("/api/v1/catalogue/entries/soak-app");
		client.get("/api/v1/employees");
		client.get("/api/v1/lockers");
		Optional<JsonNode> exemption = client.post("/api/v1/policy/exemptions",
				"{\"employeeId\": 4, \"expiresAt\": \"2027-01-01T00:00:00Z\", \"reason\": \"soak\"}");
		if (exemption.isPresent()) {
			client.post("/api/v1/policy/exemptions/" + exemption.get().get("id").asLong() + "/revoke",
					"{\"because\": \"soak\"}");
		}
		if (this.random.nextInt(5) == 0) {
			client.post("/api/v1/lockers/12/out-of-service", "{\"reason\": \"soak\"}");
			client.post("/api/v1/lockers/12/in-service", "{\"reason\": \"soak\"}");
		}
		if (this.random.nextInt(10) == 0) {
			client.get("/api/v1/catalogue/export?format=csv");
		}
	}

}
