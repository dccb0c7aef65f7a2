package org.cloakroom.kiosk.fleet.publish;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.enrolment.EmployeeAdministration;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.IdentityView;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.WrappedIrk;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.ExemptionGrant;
import org.cloakroom.kiosk.policy.PolicyExemptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Central answers a kiosk's pull: a snapshot first, then exactly what each change changed
 * (a put, a removal), 304 while the kiosk is current, a snapshot for a version older than
 * central remembers; IRKs only wrapped for the kiosk asking. The fleet security chain
 * (fleet.ingest's) is stood in for by a bearer filter that reads the fleet token's kiosk
 * id, as that chain authenticates it.
 */
@SpringBootTest(properties = { "cloakroom.scheduling.enabled=false",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "cloakroom.security.pin.hash-strength=4",
		"cloakroom.security.signin.hash-strength=4", "cloakroom.secrets.dir=target/test-secrets",
		"CLOAKROOM_ADMIN_PASSWORD=" + SignedIn.ADMIN_PASSWORD, "cloakroom.home=central",
		"spring.datasource.url=jdbc:h2:mem:configuration-publish;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("simulation")
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, ConfigurationPublishIT.FleetStandIn.class })
class ConfigurationPublishIT {

	static final byte[] WRAPPING_KEY = HexFormat.of()
		.parseHex("101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f");

	static final String IRK = "ec0234a357c8ad05341010a60a397d9b";

	static final String TOKEN = "Bearer cloakroom-kiosk.7.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Enrolment enrolment;

	@Autowired
	EmployeeAdministration employees;

	@Autowired
	CatalogueAdministration catalogue;

	@Autowired
	PolicyExemptions exemptions;

	@Autowired
	ConfigurationChanges changes;

	@Autowired
	MutableClock clock;

	@Test
	void answersASnapshotThenExactlyEachChangeAndASnapshotForAVersionTooOld() throws Exception {
		EmployeeRef ada = this.enrolment.enrolEmployee("Ada", "C-0101", "2468", "es", "dana");
		PhoneRef pixel = this.enrolment.enrolPhone(ada.id(), "Pixel", Platform.ANDROID, "dana");
		IdentityView irk = this.enrolment.enrolIdentity(pixel.id(), IdentityResolvingKey.parseHex(IRK), "dana");
		this.catalogue.create("""
				{"id": "chatty", "name": "Chatty", "publisher": "Chatty Ltd", "severity": "WARN",
				 "reason": "it talks too much",
				 "identifiers": [{"platform": "ANDROID", "identifier": "org.chatty.app"}],
				 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}""",
				"dana");
		Exemption onCall = this.exemptions.grant(new ExemptionGrant(pixel.id(), null,
				this.clock.instant().plus(Duration.ofDays(90)), "dana", "on call"));

		String snapshotText = pull(null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode snapshot = this.json.readTree(snapshotText);
		long first = snapshot.get("version").asLong();
		assertThat(snapshot.get("basis").asString()).isEqualTo("snapshot");
		assertThat(item(snapshot, "employee", ada.id().value())).hasValueSatisfying((employee) -> {
			assertThat(employee.get("op").asString()).isEqualTo("put");
			assertThat(employee.at("/value/badgeId").asString()).isEqualTo("C-0101");
			assertThat(employee.at("/value/pinHash").asString()).startsWith("$2").doesNotContain("2468");
		});
		assertThat(item(snapshot, "phone", pixel.id().value())).isPresent();
		assertThat(item(snapshot, "flagged-app", "chatty")).isPresent();
		assertThat(item(snapshot, "policy", "mode")).isPresent();
		assertThat(item(snapshot, "exemption", onCall.id())).isPresent();
		JsonNode identity = item(snapshot, "identity", irk.id()).orElseThrow().get("value");
		assertThat(WrappedIrk.open(WRAPPING_KEY, 7, String.valueOf(irk.id()), identity.get("wrappedIrk").asString()))
			.isEqualTo(HexFormat.of().parseHex(IRK));
		assertThat(snapshotText.toLowerCase()).doesNotContain(IRK)
			.doesNotContain(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(IRK)).toLowerCase());

		pull(first).andExpect(status().isNotModified());
		this.employees.edit(ada.id(), "Ada", "es", "dana");
		pull(first).andExpect(status().isNotModified());

		this.employees.edit(ada.id(), "Ada Lovelace", "es", "dana");
		JsonNode delta = body(pull(first));
		long second = delta.get("version").asLong();
		assertThat(second).isGreaterThan(first);
		assertThat(delta.get("basis").asString()).isEqualTo("delta");
		assertThat(delta.get("since").asLong()).isEqualTo(first);
		assertThat(delta.get("items")).singleElement().satisfies((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("employee");
			assertThat(item.get("key").asString()).isEqualTo(String.valueOf(ada.id().value()));
			assertThat(item.at("/value/name").asString()).isEqualTo("Ada Lovelace");
		});

		this.catalogue.retire("chatty", "it stopped talking", "dana");
		JsonNode removal = body(pull(second));
		long third = removal.get("version").asLong();
		assertThat(removal.get("items")).singleElement().satisfies((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("flagged-app");
			assertThat(item.get("key").asString()).isEqualTo("chatty");
			assertThat(item.get("op").asString()).isEqualTo("remove");
		});
		assertThat(item(body(pull(null)), "flagged-app", "chatty")).isEmpty();
		pull(third).andExpect(status().isNotModified());

		this.exemptions.revoke(onCall.id(), "dana", "back from call");
		assertThat(body(pull(third)).get("items")).singleElement()
			.satisfies((item) -> assertThat(item.get("op").asString()).isEqualTo("remove"));
		this.clock.advance(Duration.ofDays(31));
		this.changes.forgetOldRemovals();
		JsonNode tooOld = body(pull(third));
		assertThat(tooOld.get("basis").asString()).isEqualTo("snapshot");
		assertThat(item(tooOld, "exemption", onCall.id())).isEmpty();
		assertThat(item(tooOld, "employee", ada.id().value())).isPresent();
	}

	private org.springframework.test.web.servlet.ResultActions pull(Long since) throws Exception {
		return this.mvc.perform(get("/api/v1/fleet/configuration" + ((since != null) ? "?since=" + since : ""))
			.header("Authorization", TOKEN));
	}

	private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static Optional<JsonNode> item(JsonNode update, String kind, Object key) {
		for (JsonNode item : update.get("items")) {
			if (item.get("kind").asString().equals(kind) && item.get("key").asString().equals(String.valueOf(key))) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/**
	 * Stands in for what fleet.ingest brings: the fleet chain authenticating a kiosk by
	 * its fleet token (the principal's name is its id), and the kiosks' wrapping keys.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FleetStandIn {

		@Bean
		@Order(0)
		SecurityFilterChain fleetChainStandIn(HttpSecurity http) throws Exception {
			http.securityMatcher("/api/v1/fleet/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.csrf((csrf) -> csrf.disable())
				.addFilterBefore(new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, java.io.IOException {
						String header = request.getHeader("Authorization");
						if (header != null && header.startsWith("Bearer ")) {
							FleetToken.parse(header.substring(7))
								.ifPresent((token) -> SecurityContextHolder.getContext()
									.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
											String.valueOf(token.kiosk()), null,
											AuthorityUtils.createAuthorityList("ROLE_KIOSK"))));
						}
						chain.doFilter(request, response);
					}
				}, AnonymousAuthenticationFilter.class);
			return http.build();
		}

		@Bean
		RequestingKiosk requestingKiosk() {
			return (authentication) -> (authentication != null && authentication.getName().matches("[0-9]+"))
					? OptionalLong.of(Long.parseLong(authentication.getName())) : OptionalLong.empty();
		}

		@Bean
		WrappingKeys wrappingKeys() {
			return (kiosk) -> (kiosk == 7) ? Optional.of(WRAPPING_KEY.clone()) : Optional.empty();
		}

	}

}
