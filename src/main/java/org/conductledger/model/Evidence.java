package org.conductledger.model;

import java.time.Instant;

/**
 * One piece of evidence of a case: a file (its original name kept as text only, its SHA-256 and size) or
 * a web address, with when and by whom it was captured. Never edited — only added, or withdrawn with a reason.
 */
public record Evidence(long id, long caseId, Kind kind, String title, String url, String sha256, Long sizeBytes,
                       String mediaType, Instant capturedAt, String capturedBy, String addedBy, Instant addedAt,
                       boolean withdrawn, String withdrawReason) {

    public enum Kind implements Labelled {
        FILE, URL;

        @Override
        public String labelKey() {
            return Labelled.keyOf(this);
        }
    }

    /** An image the application can preview itself (others open in the system viewer). */
    public boolean isImage() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
