package org.conductledger.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * 使用说明: the user guide shipped as a resource (the build copies docs/user-guide.md), shown as headings,
 * paragraphs and bullet points — the small part of Markdown the guide uses.
 */
public final class UserGuideController {

    static final String RESOURCE = "/help/user-guide.md";

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    @FXML private ScrollPane guideScroll;
    @FXML private VBox guideBox;

    public UserGuideController(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        guideBox.getChildren().setAll(new Label(messages.get("help.guide.loading")));
        tasks.run(UserGuideController::read, this::show, dialogs::showError);
    }

    private static String read() throws IOException {
        try (InputStream in = UserGuideController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("user guide missing from the build: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void show(String markdown) {
        guideBox.getChildren().clear();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("- ") || t.matches("\\d+\\.\\s.*")) {
                flush(paragraph);
            }
            if (t.startsWith("#")) {
                int level = (int) t.chars().takeWhile(c -> c == '#').count();
                add(t.substring(level).strip(), level == 1 ? "guide-title" : "section-title");
            } else if (t.startsWith("- ")) {
                add("•  " + inline(t.substring(2)), "guide-bullet");
            } else if (t.matches("\\d+\\.\\s.*")) {
                add(inline(t), "guide-bullet");
            } else if (!t.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(inline(t));
            }
        }
        flush(paragraph);
        guideScroll.setVvalue(0);
    }

    private void flush(StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            add(paragraph.toString(), "guide-text");
            paragraph.setLength(0);
        }
    }

    private void add(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.maxWidthProperty().bind(guideScroll.widthProperty().subtract(40));
        guideBox.getChildren().add(label);
    }

    /** Drops the Markdown marks the guide uses inside a line (bold, code). */
    private static String inline(String text) {
        return text.replace("**", "").replace("`", "");
    }

    @FXML
    private void close() {
        guideScroll.getScene().getWindow().hide();
    }
}
