package org.conductledger.ui.help;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Regulation;
import org.conductledger.model.RegulationParagraphs.Paragraph;

/** 法规…: pick a regulation, search it (matches highlighted, Enter jumps to the next), cited articles marked. */
public final class RegulationsController {

    private final RegulationsViewModel model;
    private final Messages messages;

    @FXML private ComboBox<Regulation> regulationChoice;
    @FXML private TextField regulationSearch;
    @FXML private Label matchLabel;
    @FXML private ListView<Paragraph> paragraphList;

    public RegulationsController(RegulationsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        regulationChoice.getItems().setAll(model.regulations);
        regulationChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Regulation r) {
                return r == null ? "" : messages.label(r);
            }

            @Override
            public Regulation fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        regulationChoice.valueProperty().bindBidirectional(model.regulation);
        regulationSearch.textProperty().bindBidirectional(model.query);
        paragraphList.setItems(model.paragraphs);
        paragraphList.setCellFactory(list -> new ParagraphCell());
        paragraphList.setPlaceholder(new Label(messages.get("help.regulations.loading")));
        matchLabel.textProperty().bind(model.matches.map(n -> model.query.get().isBlank() ? ""
                : messages.get("help.regulations.matches", n.intValue())));
        model.query.addListener((obs, old, q) -> {
            paragraphList.refresh();
            jumpToNext(-1);
        });
        regulationSearch.setOnAction(e -> jumpToNext(paragraphList.getSelectionModel().getSelectedIndex()));
        model.start();
        Platform.runLater(regulationSearch::requestFocus);
    }

    private void jumpToNext(int from) {
        int next = model.nextMatch(from);
        if (next >= 0) {
            paragraphList.getSelectionModel().select(next);
            paragraphList.scrollTo(next);
        }
    }

    /** A paragraph as wrapped text, search hits highlighted, with a note when the taxonomy cites it. */
    private final class ParagraphCell extends ListCell<Paragraph> {

        @Override
        protected void updateItem(Paragraph paragraph, boolean empty) {
            super.updateItem(paragraph, empty);
            getStyleClass().remove("cited-article");
            setText(null);
            if (empty || paragraph == null) {
                setGraphic(null);
                return;
            }
            TextFlow flow = new TextFlow();
            for (RegulationsViewModel.Run run : model.runs(paragraph.text())) {
                Text text = new Text(run.text());
                text.getStyleClass().add(run.hit() ? "search-hit" : "regulation-run");
                flow.getChildren().add(text);
            }
            // Room for the cell's padding and the scroll bar, both sized in em: no sideways scrolling at 150%.
            flow.prefWidthProperty().bind(paragraphList.widthProperty().subtract(getFont().getSize() * 4));
            VBox box = new VBox(2);
            var cited = model.citedBy(paragraph);
            if (!cited.isEmpty()) {
                getStyleClass().add("cited-article");
                Label note = new Label(messages.get("help.regulations.cited", String.join("、", cited)));
                note.getStyleClass().add("cited-note");
                note.setWrapText(true);
                note.maxWidthProperty().bind(flow.prefWidthProperty());
                box.getChildren().add(note);
            }
            box.getChildren().add(flow);
            setGraphic(box);
        }
    }

    @FXML
    private void close() {
        paragraphList.getScene().getWindow().hide();
    }
}
