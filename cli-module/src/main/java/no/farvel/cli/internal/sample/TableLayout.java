package no.farvel.cli.internal.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The columns a CSV or XLSX export of termination documents uses: the contract's dotted names. */
final class TableLayout {
    static final List<String> MAIN = List.of("id", "locale", "letterDate", "effectiveDate", "reference.ours",
            "reference.theirs", "contract.title", "contract.signedOn", "contract.noticePeriod", "provider.name",
            "provider.orgNumber", "provider.address.lines", "provider.address.postalCode", "provider.address.city",
            "provider.address.country", "provider.email", "provider.phone", "provider.website", "provider.bankAccount",
            "provider.signatory.name", "provider.signatory.title", "client.name", "client.orgNumber",
            "client.attention", "client.address.lines", "client.address.postalCode", "client.address.city",
            "client.address.country", "client.email", "transition.newProvider", "transition.handoverBy",
            "transition.items", "transition.contact.name", "transition.contact.email", "transition.contact.phone",
            "closing.thanks", "closing.wishWell", "closing.personalNote");
    /** List file name, the contract field it fills, and its columns after {@code id}. */
    static final List<ListLayout> LISTS = List.of(
            new ListLayout("reasons", "reasons", List.of("type", "detail")),
            new ListLayout("steps", "stepsTaken", List.of("date", "description")),
            new ListLayout("invoices", "finalInvoices",
                    List.of("number", "issued", "due", "amount", "currency", "kid", "status")),
            new ListLayout("refunds", "refunds", List.of("description", "amount", "currency", "payBy", "toAccount")));

    record ListLayout(String name, String field, List<String> columns) {
        List<String> header() {
            List<String> header = new ArrayList<>(List.of("id"));
            header.addAll(columns);
            return header;
        }
    }

    private TableLayout() {
    }

    static List<String> mainColumns(boolean withProvider) {
        return MAIN.stream().filter(c -> withProvider || !c.startsWith("provider.")).toList();
    }

    /** The cells of a document's main row; lists of texts are joined with {@code |}. */
    static List<String> mainRow(ObjectNode doc, List<String> columns) {
        return columns.stream().map(column -> cell(doc.at("/" + column.replace('.', '/')))).toList();
    }

    /** The rows a document contributes to one list file. */
    static List<List<String>> listRows(ObjectNode doc, ListLayout layout) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : doc.path(layout.field())) {
            List<String> row = new ArrayList<>(List.of(doc.get("id").asText()));
            layout.columns().forEach(column -> row.add(cell(item.path(column))));
            rows.add(row);
        }
        return rows;
    }

    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining("|"));
        }
        return value.asText();
    }

    static Map<String, ListLayout> byName() {
        return LISTS.stream().collect(Collectors.toMap(ListLayout::name, l -> l));
    }
}
