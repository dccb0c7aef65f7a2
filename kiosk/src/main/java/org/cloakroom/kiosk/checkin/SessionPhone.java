package org.cloakroom.kiosk.checkin;

import org.springframework.data.relational.core.mapping.Table;

/** One phone held by a storage session. */
@Table
record SessionPhone(long phoneId) {
}
