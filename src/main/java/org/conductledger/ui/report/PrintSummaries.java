package org.conductledger.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.i18n.Messages;

/**
 * The print log's 说明 in words: the stored summary ({@code period: 2026-10-01..2026-10-31; org: ZB1}, written by
 * the reports and exports) with its known parts named in the user's language; parts it does not know stay as stored.
 */
public final class PrintSummaries {

    private final Messages messages;
    private final Map<String, String> labels = new LinkedHashMap<>();

    public PrintSummaries(Messages messages) {
        this.messages = messages;
        labels.put("period", messages.get("printLog.summary.period"));
        labels.put("year", messages.get("printLog.summary.year"));
        labels.put("org", messages.get("printLog.summary.org"));
        labels.put("file", messages.get("printLog.summary.file"));
        labels.put("list", messages.get("printLog.summary.list"));
        labels.put("kind", messages.get("printLog.summary.kind"));
        labels.put("form", messages.get("printLog.summary.form"));
        labels.put("internal mark", messages.get("printLog.summary.internal"));
        labels.put("fullIdNumbers", messages.get("printLog.summary.fullIds"));
    }

    public String words(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : summary.split("; ")) {
            int colon = part.indexOf(": ");
            String label = colon < 0 ? null : labels.get(part.substring(0, colon));
            if (label == null) {
                parts.add(part);
                continue;
            }
            String key = part.substring(0, colon);
            String value = part.substring(colon + 2);
            parts.add(label + messages.get("printLog.summary.separator") + switch (key) {
                case "period" -> period(value);
                case "internal mark", "fullIdNumbers" -> yesNo(value);
                default -> value;
            });
        }
        return String.join(messages.get("printLog.summary.join"), parts);
    }

    private String period(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            return value;
        }
        String from = value.substring(0, dots);
        String to = value.substring(dots + 2);
        if (from.isEmpty() && to.isEmpty()) {
            return messages.get("printLog.summary.allTime");
        }
        if (from.isEmpty()) {
            return messages.get("printLog.summary.until", to);
        }
        if (to.isEmpty()) {
            return messages.get("printLog.summary.since", from);
        }
        return messages.get("printLog.summary.between", from, to);
    }

    private String yesNo(String value) {
        return switch (value) {
            case "yes", "true" -> messages.get("printLog.summary.yes");
            case "no", "false" -> messages.get("printLog.summary.no");
            default -> value;
        };
    }
}
