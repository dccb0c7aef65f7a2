package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.policy.AreaPolicyAdministration;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The area policy's settings: read by officers, changed at run time by an admin (audited
 * in the admin's name, in force for the next decision, kept across restarts), or given
 * back to the configuration.
 */
@RestController
@RequestMapping("/api/v1/policy/area")
@Tag(name = "policy", description = "Exemptions from storage and the declaration checklist")
class AreaPolicyApi {

	private final AreaPolicyAdministration policy;

	AreaPolicyApi(AreaPolicyAdministration policy) {
		this.policy = policy;
	}

	@GetMapping
	@Operation(summary = "Every setting of the area policy: its value now, the configuration's, who set it")
	List<AreaPolicySettingView> settings() {
		return this.policy.settings().stream().map(AreaPolicySettingView::of).toList();
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change settings of the area policy (those left out stay); the console's value wins "
			+ "over the configuration's until reset")
	List<AreaPolicySettingView> change(@RequestBody AreaPolicyRequest request, SignedInUser admin) {
		this.policy.change(request.settings(), admin.name());
		return settings();
	}

	@PostMapping(path = "/reset", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give settings (by key; none named: all) back to the configuration's values")
	List<AreaPolicySettingView> reset(@RequestBody AreaPolicyResetRequest request, SignedInUser admin) {
		this.policy.reset(request.named(), admin.name());
		return settings();
	}

}
