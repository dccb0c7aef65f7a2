package org.cloakroom.kiosk.web;

import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.SignInProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what on the consoles and the JSON API (everything but the kiosk's own paths,
 * which {@code web.kiosk.KioskAccess} guards in the chain before this one, and,
 * centrally, the kiosks' {@code /api/v1/fleet/**}, which {@code fleet.ingest.FleetAccess}
 * guards before both): the access table of README's "Sign-in and roles", with AUDITOR
 * &lt; OFFICER &lt; ADMIN and anything not listed denied. People sign in on the page at
 * {@code /signin} and sign out with a post to {@code /signout}; scripts send the same
 * console users' credentials with HTTP Basic on {@code /api/**}. Pages send whoever is
 * not signed in to the sign-in page; everything else refuses with problem JSON
 * ({@link ConsoleSecurityRefusals}).
 * <p>
 * CSRF: every form and htmx post of a signed-in session carries the token. A request with
 * HTTP Basic credentials on the API needs none: its credentials are in the request
 * itself, sent on purpose by a script, not a cookie a browser adds on its own; a browser
 * that has cached Basic credentials is still stopped from posting for another site by
 * {@link SameOriginFilter}, which runs before this chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

	/** The realm of HTTP Basic's challenge. */
	static final String REALM = "Cloakroom";

	/** The kiosk chain's paths (ISSUE 11's design): not this chain's to guard. */
	static final String[] KIOSK_PATHS = { "/kiosk", "/kiosk/**", "/api/v1/kiosk/**", "/api/v1/checkins/**",
			"/api/v1/collections/**", "/api/v1/simulation/**", "/simulation" };

	/** Open to everyone: the sign-in page, what pages load, errors, the health status. */
	static final String[] PUBLIC_PATHS = { "/", "/signin", "/css/**", "/js/**", "/webjars/**", "/error",
			"/actuator/health", "/actuator/health/**", "/actuator/info" };

	/** What an officer reads and an admin changes. */
	static final String[] ADMINISTERED = { "/api/v1/lockers/**", "/api/v1/emergency/**", "/api/v1/storages/**",
			"/api/v1/employees/**", "/api/v1/phones/**", "/api/v1/catalogue/**", "/api/v1/policy/**" };

	/** Where a person reads pages: redirected to sign in rather than answered 401. */
	static final String[] PAGES = { "/officer/**", "/account/**", "/admin/**", "/signout" };

	@Bean
	static RoleHierarchy consoleRoleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ConsoleRole.ADMIN.name())
			.implies(ConsoleRole.OFFICER.name())
			.role(ConsoleRole.OFFICER.name())
			.implies(ConsoleRole.AUDITOR.name())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleChain(HttpSecurity http, ConsoleSecurityRefusals refusals, SignInProperties signIn,
			Clock clock, ApplicationEventPublisher events) throws Exception {
		RequestMatcher pages = paths(PAGES);
		http.securityMatcher(new NegatedRequestMatcher(paths(KIOSK_PATHS)));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/account/password", "/signout")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/officer/alerts/**")
			.hasRole(ConsoleRole.OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/alerts/**")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers("/api/v1/alerts/**")
			.hasRole(ConsoleRole.OFFICER.name())
			.requestMatchers("/officer/**", "/v3/api-docs", "/v3/api-docs/**")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/audit/evidence")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/audit/**")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/timelines/**", "/api/v1/charts/**")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/kiosks", "/api/v1/kiosks/**")
			.hasRole(ConsoleRole.AUDITOR.name())
			.requestMatchers("/api/v1/kiosks", "/api/v1/kiosks/**")
			.hasRole(ConsoleRole.ADMIN.name())
			.requestMatchers(HttpMethod.GET, ADMINISTERED)
			.hasRole(ConsoleRole.OFFICER.name())
			.requestMatchers(ADMINISTERED)
			.hasRole(ConsoleRole.ADMIN.name())
			.requestMatchers("/api/v1/mdm/**", "/api/v1/users/**", "/api/v1/backups", "/api/v1/backups/**", "/admin",
					"/admin/**")
			.hasRole(ConsoleRole.ADMIN.name())
			.anyRequest()
			.denyAll());
		http.formLogin((form) -> form.loginPage("/signin")
			.defaultSuccessUrl("/officer")
			.failureUrl("/signin?failed")
			.permitAll());
		http.logout((signOut) -> signOut.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"));
		http.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(refusals.signInRequired()));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(ConsoleSecurity::basicOnTheApi));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/signin"), pages)
			.defaultAuthenticationEntryPointFor(refusals.signInRequired(), (request) -> true)
			.accessDeniedHandler(refusals.denied(pages)));
		http.addFilterAfter(new IdleSessionTimeout(signIn, clock, events), SecurityContextHolderFilter.class);
		SecurityHeaders.apply(http);
		return http.build();
	}

	private static boolean basicOnTheApi(HttpServletRequest request) {
		String credentials = request.getHeader("Authorization");
		return credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6)
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static RequestMatcher paths(String... patterns) {
		PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
	}

}
