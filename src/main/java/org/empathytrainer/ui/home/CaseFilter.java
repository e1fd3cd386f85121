package org.empathytrainer.ui.home;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Difficulty;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.wizard.ChannelNames;

/**
 * The home screen's filters: channel, industry, difficulty and tag, each "all" until the learner picks one, and a
 * search box matching the words typed in the cases' titles, customers and tags, whatever their case. They apply to
 * the cases, not to the cards: see {@link #predicate}.
 */
final class CaseFilter extends FlowPane {
    private final List<Dimension> dimensions = new ArrayList<>();
    private final Runnable onChange;
    private final Messages m;
    private final TextField search = new TextField();

    /** A value to filter on and how it is shown; a null value means "all". */
    record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Dimension(ComboBox<Choice> box, Function<CustomerCase, Collection<String>> values) {
        boolean chosen() {
            Choice chosen = box.getValue();
            return chosen != null && chosen.value() != null;
        }

        boolean accepts(CustomerCase c) {
            Choice chosen = box.getValue();
            return chosen == null || chosen.value() == null || values.apply(c).contains(chosen.value());
        }
    }

    CaseFilter(Messages m, List<CustomerCase> cases, Runnable onChange) {
        super(16, 8);
        this.m = m;
        this.onChange = onChange;
        setId("caseFilter");
        add(
                "filterChannel",
                "filter.channel",
                "filter.channel.all",
                sorted(cases, c -> List.of(c.channel())),
                c -> List.of(c.channel()),
                v -> m.get("channel." + ChannelNames.key(v)));
        add(
                "filterIndustry",
                "filter.industry",
                "filter.industry.all",
                sorted(cases, c -> List.of(c.industry())),
                c -> List.of(c.industry()),
                v -> v);
        List<String> levels = Arrays.stream(Difficulty.values())
                .filter(d -> cases.stream().anyMatch(c -> c.difficulty() == d))
                .map(Difficulty::id)
                .collect(Collectors.toList());
        add(
                "filterDifficulty",
                "filter.difficulty",
                "filter.difficulty.all",
                levels,
                c -> List.of(c.difficulty().id()),
                v -> m.get("difficulty." + v));
        add("filterTag", "filter.tag", "filter.tag.all", sorted(cases, CustomerCase::tags), CustomerCase::tags, v -> v);
        search.setId("caseSearch");
        search.getStyleClass().add("case-search");
        search.setPrefColumnCount(18);
        search.setPromptText(m.get("filter.search.prompt"));
        search.setAccessibleText(m.get("filter.search.accessible"));
        search.textProperty().addListener((o, was, now) -> onChange.run());
        Label caption = new Label(m.get("filter.search"));
        caption.setLabelFor(search);
        getChildren().add(new VBox(2, caption, search));
    }

    /** The search box, from which Enter or the Down arrow goes on to the first card. */
    TextField search() {
        return search;
    }

    /** Which cases to show; each case's searchable text comes from {@code searchText}, made once per case. */
    Predicate<CaseEntry> predicate() {
        List<String> words = words(search.getText());
        List<Dimension> chosen = dimensions.stream().filter(Dimension::chosen).collect(Collectors.toList());
        return e -> chosen.stream().allMatch(d -> d.accepts(e.customerCase()))
                && words.stream().allMatch(w -> e.searchText().contains(w));
    }

    /** Whether any filter or the search narrows the cases. */
    boolean narrows() {
        return !words(search.getText()).isEmpty() || dimensions.stream().anyMatch(Dimension::chosen);
    }

    /** Sets every filter back to "all" and empties the search box. */
    void clear() {
        dimensions.forEach(d -> d.box().getSelectionModel().selectFirst());
        search.clear();
    }

    /** The words of a search, in the form {@link CaseEntry#searchText} holds them. */
    static List<String> words(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static List<String> sorted(List<CustomerCase> cases, Function<CustomerCase, Collection<String>> values) {
        TreeSet<String> found = new TreeSet<>();
        cases.forEach(c -> found.addAll(values.apply(c)));
        return List.copyOf(found);
    }

    private void add(
            String id,
            String key,
            String allKey,
            List<String> choices,
            Function<CustomerCase, Collection<String>> values,
            Function<String, String> label) {
        ComboBox<Choice> box = new FilterBox<>();
        box.setId(id);
        box.getItems().add(new Choice(null, m.get(allKey)));
        choices.forEach(v -> box.getItems().add(new Choice(v, label.apply(v))));
        box.getSelectionModel().selectFirst();
        box.setAccessibleText(m.get(key));
        box.valueProperty().addListener((o, was, now) -> onChange.run());
        Label caption = new Label(m.get(key));
        caption.setLabelFor(box);
        getChildren().add(new VBox(2, caption, box));
        dimensions.add(new Dimension(box, values));
    }
}
