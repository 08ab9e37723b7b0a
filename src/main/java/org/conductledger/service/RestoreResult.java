package org.conductledger.service;

import java.nio.file.Path;
import org.conductledger.model.BackupManifest;

/** A finished restore: what was put back, and where the replaced database and key file were kept. */
public record RestoreResult(BackupManifest manifest, Path previousDatabase, Path previousKeyFile) {
}
