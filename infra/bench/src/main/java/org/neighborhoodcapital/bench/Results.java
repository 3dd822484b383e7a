package org.neighborhoodcapital.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The figures of one run, rendered as a text table and as JSON. Thread-safe for adding. */
public final class Results {

    private final List<Figure> figures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> machine = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    public void add(Figure figure) {
        figures.add(figure);
    }

    public void machine(String fact, String value) {
        machine.put(fact, value);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Figure> figures() {
        synchronized (figures) {
            return List.copyOf(figures);
        }
    }

    public long count(Figure.Result result) {
        return figures().stream().filter(f -> f.result() == result).count();
    }

    /** A fixed-width table: step, figure, value, unit, target, result, note; then the machine facts and notes. */
    public String table(String title) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"step", "figure", "value", "unit", "target", "result", "note"});
        for (Figure f : figures()) {
            rows.add(new String[] {f.step(), f.name(), f.formattedValue(), f.unit(),
                    f.target() == null ? "" : f.target().describe(), f.result().name(), f.note()});
        }
        int columns = rows.getFirst().length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) { // the note column is not padded
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row[i];
                if (i == 2) { // numbers right-aligned
                    line.append(" ".repeat(widths[i] - cell.length())).append(cell);
                } else if (i < columns - 1) {
                    line.append(cell).append(" ".repeat(widths[i] - cell.length()));
                } else {
                    line.append(cell);
                }
                if (i < columns - 1) {
                    line.append(" | ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int i = 0; i < columns - 1; i++) {
                    total += widths[i] + 3;
                }
                out.append("-".repeat(total + 4)).append('\n');
            }
        }
        out.append(String.format("targets: %d met, %d missed, %d failed to measure%n",
                count(Figure.Result.MET), count(Figure.Result.MISSED), count(Figure.Result.FAILED)));
        synchronized (machine) {
            if (!machine.isEmpty()) {
                out.append("machine:");
                machine.forEach((k, v) -> out.append(' ').append(k).append('=').append(v).append(';'));
                out.setLength(out.length() - 1);
                out.append('\n');
            }
        }
        synchronized (notes) {
            for (String note : notes) {
                out.append("note: ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    public String json(JsonMapper mapper, String mode, Instant startedAt, Instant finishedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", mode);
        root.put("startedAt", startedAt.toString());
        root.put("finishedAt", finishedAt.toString());
        ObjectNode machineNode = root.putObject("machine");
        synchronized (machine) {
            machine.forEach(machineNode::put);
        }
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures()) {
            ObjectNode node = list.addObject();
            node.put("step", f.step());
            node.put("name", f.name());
            if (f.value() == null || f.value().isNaN()) {
                node.putNull("value");
            } else {
                node.put("value", f.value());
            }
            node.put("unit", f.unit());
            if (f.target() == null) {
                node.putNull("target");
            } else {
                ObjectNode target = node.putObject("target");
                target.put("bound", f.target().bound().name());
                target.put("threshold", f.target().threshold());
                target.put("unit", f.target().unit());
            }
            node.put("result", f.result().name());
            node.put("note", f.note());
        }
        ArrayNode notesNode = root.putArray("notes");
        synchronized (notes) {
            notes.forEach(notesNode::add);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
