package org.cloakroom.kiosk;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the kiosk keeps its secrets, under {@code cloakroom.secrets}.
 *
 * @param dir the directory of the secret files, one file per secret (created 0700, each
 * file 0600); on a kiosk on its own partition, never inside the database's directory
 */
@ConfigurationProperties("cloakroom.secrets")
@Validated
public record SecretsProperties(@DefaultValue("/var/lib/cloakroom/secrets") @NotNull Path dir) {

}
