package org.cloakroom.kiosk.checkin;

import org.springframework.data.relational.core.mapping.Table;

/** One phone held by a storage session. */
@Table("session_phone")
record SessionPhone(long phoneId) {
}
