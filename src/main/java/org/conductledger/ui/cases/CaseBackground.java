package org.conductledger.ui.cases;

import java.util.ArrayList;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.ViolationCategory;
import org.conductledger.service.ReferenceService;
import org.conductledger.service.RegisterService;

/**
 * The case screen's background text: each category with its cited article and the article's text, then the
 * subjects' register records linked at intake. Built in the background with the rest of the case.
 */
public final class CaseBackground {

    private final ReferenceService reference;
    private final RegisterService registers;
    private final Messages messages;

    public CaseBackground(ReferenceService reference, RegisterService registers, Messages messages) {
        this.reference = reference;
        this.registers = registers;
        this.messages = messages;
    }

    String describe(CaseFile c) {
        List<String> lines = new ArrayList<>();
        for (ViolationCategory category : reference.violationCategories()) {
            if (c.categoryIds().contains(category.id())) {
                lines.add("【" + category.name() + "】" + category.citation(messages::label));
                String text = reference.articleText(category);
                if (!text.isEmpty()) {
                    lines.add(text);
                }
                lines.add("");
            }
        }
        if (!c.registerRecordIds().isEmpty()) {
            lines.add(messages.get("case.detail.records"));
            for (Long recordId : c.registerRecordIds()) {
                var r = registers.get(recordId);
                lines.add("· " + messages.label(r.kind()) + "　" + r.memberName() + "　" + r.platformName() + "：" + r.form().name()
                        + "（" + r.form().identifier() + "）" + (r.filingNo() == null ? "" : "　" + r.filingNo()));
            }
        }
        return String.join("\n", lines).strip();
    }
}
