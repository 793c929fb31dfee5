package io.dynamicendpoints.application.receive;

/**
 * How much of a request body the listener is willing to read: its size, and how many form fields or
 * multipart parts it may hold. The counts matter as much as the size: a 10 MB form of a million empty
 * fields cost seconds of CPU to gather, and a handful of such requests delayed everyone else.
 */
public record BodyLimits(long maxBodyBytes, int maxFormFields, int maxMultipartParts) {

    public static final int DEFAULT_MAX_FORM_FIELDS = 10_000;
    public static final int DEFAULT_MAX_MULTIPART_PARTS = 1_000;

    public BodyLimits {
        if (maxBodyBytes < 0 || maxFormFields < 1 || maxMultipartParts < 1) {
            throw new IllegalArgumentException("Body limits are positive");
        }
    }

    /** The default counts with the given size. */
    public static BodyLimits ofSize(long maxBodyBytes) {
        return new BodyLimits(maxBodyBytes, DEFAULT_MAX_FORM_FIELDS, DEFAULT_MAX_MULTIPART_PARTS);
    }
}
