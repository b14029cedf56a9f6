package no.farvel.cli.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Valid termination records to spoil, as JSON text, and the same as CSV. */
final class Records {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROVIDER = "{\"name\":\"Nordlys Consulting AS\",\"orgNumber\":\"959083010\",\"address\":"
            + "{\"lines\":[\"Kongens gate 2\"],\"postalCode\":\"0153\",\"city\":\"Oslo\",\"country\":\"NO\"},"
            + "\"email\":\"hello@nordlys.example\",\"bankAccount\":\"15039603087\",\"signatory\":{\"name\":"
            + "\"Ola Hansen\",\"title\":\"Managing Director\"}}";
    private static final String RECORD = "{\"id\":\"%s\",\"locale\":\"en\",\"letterDate\":\"2026-11-28\","
            + "\"effectiveDate\":\"2027-01-31\",\"provider\":" + PROVIDER + ",\"client\":{\"name\":\"Acme Ltd\","
            + "\"address\":{\"lines\":[\"1 High Street\"],\"postalCode\":\"E1 1AA\",\"city\":\"London\","
            + "\"country\":\"GB\"}},\"reasons\":[{\"type\":\"LATE_PAYMENT\"}]}";
    /** The columns of {@link #csvRow}; reasons come from {@code reasons.csv}, the provider from a file. */
    static final String CSV_HEADER = "id,locale,letterDate,effectiveDate,client.name,client.address.lines,"
            + "client.address.postalCode,client.address.city,client.address.country";

    private Records() {
    }

    /** A valid record with this id, as one line of JSON. */
    static String valid(String id) {
        return String.format(RECORD, id);
    }

    /** JSON Lines of these records. */
    static String jsonl(String... records) {
        return Arrays.stream(records).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A CSV row for {@link #CSV_HEADER} with this id (given as it should appear in the file, quoted or not). */
    static String csvRow(String id) {
        return id + ",en,2026-11-28,2027-01-31,Acme Ltd,1 High Street,E1 1AA,London,GB";
    }

    /** The provider file, and a reasons.csv for the records {@code ids} (acme, late and next when none are given). */
    static void csvInputs(Sandbox s, String... ids) {
        s.write("in/provider.json", Records.PROVIDER);
        StringBuilder reasons = new StringBuilder("id,type\n");
        for (String id : ids.length == 0 ? new String[] {"acme", "late", "next"} : ids) {
            reasons.append(id).append(",LATE_PAYMENT\n");
        }
        s.write("in/reasons.csv", reasons.toString());
    }
}
