package org.cloakroom.yardstick;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One page rendered by Thymeleaf. */
@Controller
class OwnersPage {

	private final Owners owners;

	OwnersPage(Owners owners) {
		this.owners = owners;
	}

	@GetMapping("/owners")
	String owners(Model model) {
		model.addAttribute("owners", this.owners.findAllByOrderByName());
		return "owners";
	}

}
