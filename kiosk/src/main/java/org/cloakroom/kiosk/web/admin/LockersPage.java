package org.cloakroom.kiosk.web.admin;

import org.cloakroom.kiosk.DoorHome;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.WiringCheck;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin console's Lockers section: the bank drawn as the wiring file places it, kept
 * current by polling its fragment; one locker's actions (open with a reason, out of
 * service and back, clear a fault, test pulse); the emergency open and the return to
 * normal; the wiring file's check and a candidate file checked by upload. Every action is
 * in the signed-in admin's name and answers with a redirect that says what happened, or
 * the refusal's words.
 */
@DoorHome
@Controller
class LockersPage {

	private final Lockers lockers;

	private final EmergencyRelease emergency;

	private final WiringCheck wiring;

	private final RefusalWords words;

	LockersPage(Lockers lockers, EmergencyRelease emergency, WiringCheck wiring, RefusalWords words) {
		this.lockers = lockers;
		this.emergency = emergency;
		this.wiring = wiring;
		this.words = words;
	}

	@GetMapping("/admin/lockers")
	String page(@RequestParam(required = false) Integer locker, Model model) {
		bank(model);
		List<LockerView> all = this.lockers.all();
		model.addAttribute("lockers", all);
		Optional<LockerView> chosen = all.stream()
			.filter((view) -> locker != null && view.id().value() == locker)
			.findFirst();
		model.addAttribute("selected", chosen.map((view) -> view.id().value()).orElse(null));
		model.addAttribute("selectedLabel", chosen.map(LockerView::label).orElse(null));
		model.addAttribute("wiring", this.wiring.running());
		model.addAttribute("confirmation", EmergencyRelease.CONFIRMATION);
		return "admin-lockers";
	}

	/** The bank and the emergency's state alone, as the page polls them. */
	@GetMapping("/admin/lockers/bank")
	String bank(Model model) {
		model.addAttribute("bank", LockerBank.of(this.lockers.all(), (view) -> this.lockers.occupancy(view.id())));
		model.addAttribute("fireAlarmWired", this.emergency.isInputWired());
		model.addAttribute("fireAlarmActive", this.emergency.isInputActive());
		return "admin-lockers :: bank";
	}

	@PostMapping("/admin/lockers/{id}/open")
	String open(@PathVariable LockerId id, @RequestParam(required = false) String reason, SignedInUser admin,
			RedirectAttributes result, Locale locale) {
		return step(id, "admin-lockers.done.open", result, locale,
				() -> this.lockers.openByAdmin(id, admin.name(), reason));
	}

	@PostMapping("/admin/lockers/{id}/out-of-service")
	String outOfService(@PathVariable LockerId id, @RequestParam(required = false) String reason, SignedInUser admin,
			RedirectAttributes result, Locale locale) {
		return step(id, "admin-lockers.done.out-of-service", result, locale,
				() -> this.lockers.takeOutOfService(id, admin.name(), reason));
	}

	@PostMapping("/admin/lockers/{id}/in-service")
	String inService(@PathVariable LockerId id, @RequestParam(required = false) String reason, SignedInUser admin,
			RedirectAttributes result, Locale locale) {
		return step(id, "admin-lockers.done.in-service", result, locale,
				() -> this.lockers.returnToService(id, admin.name(), reason));
	}

	@PostMapping("/admin/lockers/{id}/clear-fault")
	String clearFault(@PathVariable LockerId id, @RequestParam(required = false) String reason, SignedInUser admin,
			RedirectAttributes result, Locale locale) {
		return step(id, "admin-lockers.done.clear-fault", result, locale,
				() -> this.lockers.clearFault(id, admin.name(), reason));
	}

	@PostMapping("/admin/lockers/{id}/test-pulse")
	String testPulse(@PathVariable LockerId id, SignedInUser admin, RedirectAttributes result, Locale locale) {
		return step(id, "admin-lockers.done.test-pulse", result, locale,
				() -> this.lockers.testPulse(id, admin.name()));
	}

	@PostMapping("/admin/lockers/emergency/open")
	String emergencyOpen(@RequestParam(required = false) String confirmation,
			@RequestParam(required = false) String reason, SignedInUser admin, RedirectAttributes result,
			Locale locale) {
		return act("/admin/lockers", result, locale, () -> {
			EmergencyRelease.confirm(confirmation);
			this.emergency.openEverything(admin.name(), reason);
			return this.words.of("admin-lockers.done.emergency-open", locale);
		});
	}

	@PostMapping("/admin/lockers/emergency/end")
	String emergencyEnd(@RequestParam(required = false) String note, SignedInUser admin, RedirectAttributes result,
			Locale locale) {
		return act("/admin/lockers", result, locale, () -> {
			this.emergency.returnToNormal(admin.name(), note);
			return this.words.of("admin-lockers.done.emergency-end", locale);
		});
	}

	/** Checks an uploaded wiring file and shows what it found beside the running one. */
	@PostMapping("/admin/lockers/wiring")
	String checkCandidate(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("candidate", this.wiring
			.candidate((file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload", file.getBytes()));
		return page(null, model);
	}

	private String step(LockerId id, String doneKey, RedirectAttributes result, Locale locale,
			Supplier<LockerView> step) {
		return act("/admin/lockers?locker=" + id.value(), result, locale,
				() -> this.words.of(doneKey, locale, step.get().label()));
	}

	/**
	 * Runs an action and goes back to {@code page} with what it did ({@code done}, the
	 * words the action returns) or the refusal's words ({@code refused}), each shown
	 * once.
	 */
	private String act(String page, RedirectAttributes result, Locale locale, Supplier<String> action) {
		try {
			result.addFlashAttribute("done", action.get());
		}
		catch (Refusal refusal) {
			result.addFlashAttribute("refused", this.words.of(refusal, locale));
		}
		return "redirect:" + page;
	}

}
