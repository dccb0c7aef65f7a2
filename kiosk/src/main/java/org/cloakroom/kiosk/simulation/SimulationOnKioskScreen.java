package org.cloakroom.kiosk.simulation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the simulation's state beside the kiosk screen's whole page, so the page shows the
 * control panel; on real hardware this is no bean and the page shows no panel. The kiosk
 * screen does not know the simulation exists. Only the whole page gets it: the screen's
 * fragments, posts and stream never read the panel, so they never pay for the state (it
 * reads every locker).
 */
@Component
@ConditionalOnBooleanProperty("cloakroom.simulation.enabled")
class SimulationOnKioskScreen implements WebMvcConfigurer, HandlerInterceptor {

	private static final String KIOSK_PAGE = "kiosk";

	private final Simulation simulation;

	SimulationOnKioskScreen(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/kiosk");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && KIOSK_PAGE.equals(page.getViewName())) {
			page.addObject("simulation", this.simulation.state());
		}
	}

}
