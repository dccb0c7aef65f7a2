package org.cloakroom.kiosk.web.officer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerReserved;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageOpened;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's search page: results of the filters, a link to the next page by cursor,
 * export links for the same search, a refused filter in words above the form, and the
 * visit's page with its locker events.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:officer-search;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class OfficerSearchPageIT {

	private static final CheckInId CHECK_IN = CheckInId.of(UUID.fromString("0b5e55ed-0000-4000-8000-00000000c0de"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void findsAnEmployeesEntriesPagesByCursorAndLinksTheirVisitAndExports() throws Exception {
		visit();

		String first = page("/officer/search?employee=8801&type=CheckInStarted&type=StorageSessionOpened"
				+ "&type=LockerReserved&before=");

		assertThat(first).contains("<td>LockerReserved</td>", "<td>StorageSessionOpened</td>")
			.contains("/officer/search/visits/" + CHECK_IN)
			.contains("/api/v1/audit/export?format=csv&amp;employee=8801&amp;type=CheckInStarted")
			.contains("/api/v1/audit/export?format=json&amp;employee=8801");
		assertThat(first).doesNotContain("rel=\"next\"");

		String visit = page("/officer/search/visits/" + CHECK_IN);
		assertThat(visit).contains("<td>CheckInStarted</td>", "<td>StorageSessionOpened</td>",
				"<td>LockerReserved</td>", "<td>locker:4</td>");
	}

	@Test
	void linksTheNextPageByCursor() throws Exception {
		Instant at = Instant.parse("2026-11-23T09:00:00Z");
		for (int storage = 1; storage <= 51; storage++) {
			record(new LockerReserved(LockerId.of(6), StorageId.of(8900 + storage), at.plusSeconds(60), at));
		}

		String first = page("/officer/search?locker=6");

		assertThat(first).containsPattern("href=\"[^\"]*locker=6[^\"]*before=\\d+\" rel=\"next\"");
		String next = first.replaceAll("(?s).*href=\"([^\"]*)\" rel=\"next\".*", "$1").replace("&amp;", "&");
		assertThat(page(next)).contains("<td>LockerReserved</td>").doesNotContain("rel=\"next\"");
	}

	@Test
	void saysWhichFilterItRefusedAboveTheForm() throws Exception {
		String refused = page("/officer/search?type=NoSuchType");

		assertThat(refused).contains("filter type: &#39;NoSuchType&#39; names nothing the log knows")
			.doesNotContain("/api/v1/audit/export");
	}

	private void record(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private void visit() {
		Instant at = Instant.parse("2026-11-23T08:00:00Z");
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new CheckInStarted(EmployeeId.of(8801), CHECK_IN, "badge", List.of(), null, at));
			this.events.publishEvent(
					new StorageOpened(StorageId.of(8802), EmployeeId.of(8801), Set.of(PhoneId.of(8803)), 0, at));
			this.events.publishEvent(new LockerReserved(LockerId.of(4), StorageId.of(8802), at.plusSeconds(60), at));
		});
	}

	private String page(String uri) throws Exception {
		return this.mvc.perform(get(uri).with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
