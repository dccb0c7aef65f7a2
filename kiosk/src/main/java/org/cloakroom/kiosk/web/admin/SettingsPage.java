package org.cloakroom.kiosk.web.admin;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.settings.RunTimeSetting;
import org.cloakroom.kiosk.settings.RunTimeSettings;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin console's settings page: the kiosk's run-time settings (safe to change while
 * it runs, see {@link RunTimeSetting}) changed or given back to the configuration, each
 * audited in the signed-in admin's name; and, read-only, the settings that take effect
 * only at a restart, with their value and where they are set.
 */
@Controller
class SettingsPage {

	/**
	 * Settings an admin may want to change that are read once at start (the hardware, the
	 * radio, the log's files) or that guard sign-in itself, which a console session must
	 * not be able to weaken.
	 */
	static final List<String> RESTART_ONLY = List.of("cloakroom.locker.wiring-file", "cloakroom.locker.gpio-provider",
			"cloakroom.ble.backend", "cloakroom.checkin.screen-hold", "cloakroom.security.signin.idle-timeout",
			"cloakroom.security.signin.max-failures", "cloakroom.security.signin.lockout",
			"cloakroom.audit.checkpoint-dir", "cloakroom.secrets.dir");

	private final RunTimeSettings settings;

	private final Environment environment;

	private final RefusalWords words;

	SettingsPage(RunTimeSettings settings, Environment environment, RefusalWords words) {
		this.settings = settings;
		this.environment = environment;
		this.words = words;
	}

	@GetMapping("/admin/settings")
	String page(Model model) {
		model.addAttribute("settings", this.settings.settings());
		model.addAttribute("restartOnly",
				RESTART_ONLY.stream()
					.map((property) -> new RestartOnly(property, this.environment.getProperty(property),
							"admin.settings.restart." + property,
							property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')))
					.toList());
		return "admin-settings";
	}

	@PostMapping("/admin/settings")
	String change(@RequestParam String setting, @RequestParam(required = false) String value,
			@RequestParam(required = false) String reset, SignedInUser admin, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes done) {
		RunTimeSetting named = List.of(RunTimeSetting.values())
			.stream()
			.filter((one) -> one.property().equals(setting))
			.findFirst()
			.orElse(null);
		try {
			if (named == null) {
				throw new UnknownSettingRefusal(setting);
			}
			if (reset != null) {
				this.settings.reset(named, admin.name());
			}
			else {
				this.settings.change(named, value, admin.name());
			}
		}
		catch (Refusal refusal) {
			model.addAttribute("refused", this.words.of(refusal, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model);
		}
		done.addFlashAttribute("done", this.words.of(RefusalWords.words("admin.settings.saved", setting), locale));
		return "redirect:/admin/settings";
	}

	/**
	 * A setting read only at start: its value in the configuration (null: its default),
	 * the key of why, and the environment variable that can set it.
	 */
	record RestartOnly(String property, String value, String whyKey, String environmentVariable) {
	}

	/** A setting this page does not change. */
	static final class UnknownSettingRefusal extends Refusal {

		UnknownSettingRefusal(String setting) {
			super(Kind.INVALID, "admin-setting-unknown", setting);
		}

	}

}
