package org.cloakroom.kiosk.web.kiosk;

/**
 * A flag button on the idle screen: the kiosk language's tag ({@code zh-CN}) and its name
 * written in that language, so that a reader finds their own.
 */
record KioskLanguageChoice(String tag, String name) {
}
