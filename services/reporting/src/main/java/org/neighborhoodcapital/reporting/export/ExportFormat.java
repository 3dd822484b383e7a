package org.neighborhoodcapital.reporting.export;

import java.util.List;
import java.util.Locale;

import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.neighborhoodcapital.platform.web.FieldError;

/** The forms a report is served in, chosen by {@code ?format=} or else by the Accept header. */
public enum ExportFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * {@code format} wins when given (400 naming {@code format} when unknown); else the first Accept entry (by
     * quality) that names one of the forms; JSON when there is no Accept header or it accepts anything; 406 naming
     * {@code format} when it accepts none of them.
     */
    public static ExportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            for (ExportFormat f : values()) {
                if (f.extension.equals(format.trim().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw ProblemException.badRequest("format", "must be one of json, csv, xlsx, pdf");
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw ProblemException.badRequest("format", "the Accept header cannot be read: " + e.getMessage());
        }
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                return JSON;
            }
            for (ExportFormat f : values()) {
                if (f != JSON && type.isCompatibleWith(f.mediaType) && !type.isWildcardSubtype()) {
                    return f;
                }
            }
        }
        throw new ProblemException(HttpStatus.NOT_ACCEPTABLE,
                "format: the Accept header names none of application/json, text/csv, "
                        + XLSX.mediaType + ", application/pdf",
                List.of(FieldError.of("format", "must be one of json, csv, xlsx, pdf (or an Accept header naming one)")));
    }
}
