package org.conductledger.ui.report;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.report.pdf.PdfPages;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds print_preview.fxml: the pages of a {@link Printable} as they will print, page by page (rendered in
 * the background), with 打印… (the system print dialog) and 另存为 PDF…. Opening the preview logs nothing;
 * printing and saving each leave a print-log entry.
 */
public final class PrintPreviewController {

    private static final List<Float> ZOOMS = List.of(60f, 80f, 100f, 125f, 160f);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FxPrinting printing;

    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Button printButton;
    @FXML private Button savePdfButton;
    @FXML private Label pageLabel;
    @FXML private Label statusLabel;
    @FXML private ScrollPane pageScroll;
    @FXML private ImageView pageImage;
    @FXML private ProgressIndicator progress;

    private Printable document;
    private PdfPages pages;
    private int page;
    private int zoom = 2;
    private long shown;

    public PrintPreviewController(TaskRunner tasks, DialogService dialogs, Messages messages, FxPrinting printing) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.printing = printing;
    }

    @FXML
    private void initialize() {
        setReady(false);
        pageLabel.setText(messages.get("preview.rendering"));
    }

    /** Renders {@code printable} in the background and shows its first page. */
    public void show(Printable printable) {
        this.document = printable;
        progress.setVisible(true);
        tasks.run(() -> PdfPages.of(printable.preview()), rendered -> {
            pages = rendered;
            page = 0;
            setReady(true);
            showPage();
            pageImage.sceneProperty().addListener((obs, old, scene) -> {
                if (scene == null) {
                    pages.close();
                }
            });
        }, failure -> {
            progress.setVisible(false);
            pageLabel.setText("");
            statusLabel.setText(messages.get("preview.failed"));
            dialogs.showError(failure);
        });
    }

    public int pageCount() {
        return pages == null ? 0 : pages.count();
    }

    private void setReady(boolean ready) {
        for (Button b : List.of(printButton, savePdfButton, zoomInButton, zoomOutButton)) {
            b.setDisable(!ready);
        }
        previousButton.setDisable(!ready || page == 0);
        nextButton.setDisable(!ready || pages == null || page >= pages.count() - 1);
    }

    private void showPage() {
        long ticket = ++shown;
        int index = page;
        float dpi = 96f * ZOOMS.get(zoom) / 100f;
        pageLabel.setText(messages.get("preview.page", index + 1, pages.count()));
        setReady(true);
        progress.setVisible(true);
        tasks.run(() -> pages.render(index, dpi), rendered -> {
            if (ticket == shown) {
                pageImage.setImage(FxPrinting.image(rendered));
                progress.setVisible(false);
            }
        }, failure -> {
            progress.setVisible(false);
            dialogs.showError(failure);
        });
    }

    @FXML
    private void previous() {
        if (pages != null && page > 0) {
            page--;
            showPage();
        }
    }

    @FXML
    private void next() {
        if (pages != null && page < pages.count() - 1) {
            page++;
            showPage();
        }
    }

    @FXML
    private void zoomIn() {
        if (zoom < ZOOMS.size() - 1) {
            zoom++;
            showPage();
        }
        zoomInButton.setDisable(zoom == ZOOMS.size() - 1);
    }

    @FXML
    private void zoomOut() {
        if (zoom > 0) {
            zoom--;
            showPage();
        }
        zoomOutButton.setDisable(zoom == 0);
    }

    @FXML
    private void print() {
        FxPrinting.Job job;
        try {
            job = printing.begin(pageImage.getScene().getWindow());
        } catch (RuntimeException e) {
            dialogs.showError(e);
            return;
        }
        if (job == null) {
            return;                                     // the user closed the print dialog
        }
        statusLabel.setText(messages.get("preview.printing"));
        printButton.setDisable(true);
        tasks.run(() -> {
            document.print(job::print);
            return job.pagesPrinted();
        }, printed -> {
            printButton.setDisable(false);
            statusLabel.setText(messages.get("preview.printed", printed));
            dialogs.notifyDone(messages.get("preview.printed", printed));
        }, failure -> {
            job.cancel();
            printButton.setDisable(false);
            statusLabel.setText("");
            dialogs.showError(failure);
        });
    }

    @FXML
    private void savePdf() {
        java.util.Optional<Path> file = dialogs.chooseReportToSave(document.fileName(), "pdf");
        if (file.isEmpty()) {
            return;
        }
        statusLabel.setText(messages.get("preview.saving"));
        tasks.run(() -> {
            document.save(file.get());
            return file.get();
        }, saved -> {
            statusLabel.setText(messages.get("preview.saved", saved.toAbsolutePath()));
            dialogs.notifyDone(messages.get("preview.saved", saved.getFileName()));
        }, dialogs::showError);
    }

    @FXML
    private void close() {
        ((Stage) pageImage.getScene().getWindow()).close();
    }
}
